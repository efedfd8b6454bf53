using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Cmdb;

public sealed partial class ConfigurationItem
{
    public const int MaxTypeLength = 50;

    /// <summary>A new configuration item of <paramref name="service"/>; <paramref name="takenNames"/> are the other items' names.</summary>
    public static CmdbResult<ConfigurationItem> Create(
        string? name, string? type, Service? service, SupportGroup? owningGroup, Person? serviceManager, IEnumerable<string> takenNames)
    {
        var refusal = Check(name, type, service, owningGroup, serviceManager, takenNames, null);
        if (!refusal.Succeeded) return CmdbResult<ConfigurationItem>.Refused(refusal);
        var item = new ConfigurationItem(name!.Trim(), type!.Trim(), service!, owningGroup) { ServiceManager = serviceManager, ServiceManagerId = serviceManager?.Id };
        return CmdbResult<ConfigurationItem>.Done(item);
    }

    /// <summary>Changes what the item is, which service it belongs to, who owns it and who answers for it; a refusal leaves it as it was.</summary>
    public Outcome Revise(string? name, string? type, Service? service, SupportGroup? owningGroup, Person? serviceManager, IEnumerable<string> takenNames)
    {
        var refusal = Check(name, type, service, owningGroup, serviceManager, takenNames, this);
        if (!refusal.Succeeded) return refusal;
        Name = name!.Trim();
        Type = type!.Trim();
        Service = service;
        ServiceId = service!.Id;
        OwningGroup = owningGroup;
        OwningGroupId = owningGroup?.Id;
        ServiceManager = serviceManager;
        ServiceManagerId = serviceManager?.Id;
        return Outcome.Done;
    }

    public void Retire() => IsRetired = true;

    public void Restore() => IsRetired = false;

    private static Outcome Check(
        string? name, string? type, Service? service, SupportGroup? group, Person? manager, IEnumerable<string> takenNames, ConfigurationItem? self)
    {
        var text = CmdbText.First(
            CmdbText.Required(name, "name", "the configuration item's name"),
            CmdbText.Required(type, "type", "the type, e.g. Application, Database or Interface", MaxTypeLength));
        if (!text.Succeeded) return text;
        var unique = CmdbText.Unique(name!, takenNames, "name", "configuration item");
        if (!unique.Succeeded) return unique;
        if (service is null) return Outcome.Refused("Pick the service this item belongs to.", "service");
        if (service.IsRetired && service.Id != self?.ServiceId) return Outcome.Refused($"{service.Name} is retired; pick a current service.", "service");
        if (group is { IsRetired: true } && group.Id != self?.OwningGroupId) return Outcome.Refused($"{group.Name} is retired; pick a current owning group.", "owningGroup");
        if (manager is { IsRetired: true } && manager.Id != self?.ServiceManagerId)
            return Outcome.Refused($"{manager.Name} is retired; pick a current person as service manager, or none to use the service's.", "serviceManager");
        return Outcome.Done;
    }
}
