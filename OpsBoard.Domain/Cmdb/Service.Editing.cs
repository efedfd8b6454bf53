using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Cmdb;

public sealed partial class Service
{
    /// <summary>A new service; <paramref name="takenNames"/> are the other services' names.</summary>
    public static CmdbResult<Service> Create(string? name, string? description, Person? serviceManager, SupportGroup? secondLineGroup, IEnumerable<string> takenNames)
    {
        var refusal = Check(name, description, serviceManager, secondLineGroup, takenNames);
        return refusal.Succeeded
            ? CmdbResult<Service>.Done(new Service(name!.Trim(), CmdbText.Clean(description) ?? string.Empty, serviceManager, secondLineGroup))
            : CmdbResult<Service>.Refused(refusal);
    }

    /// <summary>Changes the service's name, description, manager and 2nd line group; a refusal leaves it as it was.</summary>
    public Outcome Revise(string? name, string? description, Person? serviceManager, SupportGroup? secondLineGroup, IEnumerable<string> takenNames)
    {
        var refusal = Check(name, description, serviceManager, secondLineGroup, takenNames, this);
        if (!refusal.Succeeded) return refusal;
        Name = name!.Trim();
        Description = CmdbText.Clean(description);
        ServiceManager = serviceManager;
        ServiceManagerId = serviceManager?.Id;
        SecondLineGroup = secondLineGroup;
        SecondLineGroupId = secondLineGroup?.Id;
        return Outcome.Done;
    }

    /// <summary>The service stays on its records but is no longer offered on forms.</summary>
    public void Retire() => IsRetired = true;

    public void Restore() => IsRetired = false;

    private static Outcome Check(string? name, string? description, Person? manager, SupportGroup? group, IEnumerable<string> takenNames, Service? self = null)
    {
        var named = CmdbText.First(
            CmdbText.Required(name, "name", "the service's name"),
            CmdbText.Optional(description, "description", "the description", 1000));
        if (!named.Succeeded) return named;
        var unique = CmdbText.Unique(name!, takenNames, "name", "service");
        if (!unique.Succeeded) return unique;
        if (manager is { IsRetired: true } && manager.Id != self?.ServiceManagerId)
            return Outcome.Refused($"{manager.Name} is retired; pick a current person as service manager.", "serviceManager");
        if (group is { IsServiceOperationsCentre: true })
            return Outcome.Refused($"{group.Name} is the Service Operations Centre (line 1); pick a 2nd line group for the service.", "secondLineGroup");
        if (group is { IsRetired: true } && group.Id != self?.SecondLineGroupId)
            return Outcome.Refused($"{group.Name} is retired; pick a current 2nd line group.", "secondLineGroup");
        return Outcome.Done;
    }
}
