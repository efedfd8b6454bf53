namespace OpsBoard.Domain.Cmdb;

/// <summary>A business service the operations centre supports, with the service manager who answers for it.</summary>
public sealed partial class Service
{
    private Service()
    {
        Name = string.Empty;
    }

    public Service(string name, string description, Person? serviceManager, SupportGroup? secondLineGroup)
    {
        Name = name;
        Description = description;
        ServiceManager = serviceManager;
        SecondLineGroup = secondLineGroup;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public int? ServiceManagerId { get; private set; }

    public Person? ServiceManager { get; private set; }

    /// <summary>The 2nd line group that normally takes this service's records from the SOC.</summary>
    public int? SecondLineGroupId { get; private set; }

    public SupportGroup? SecondLineGroup { get; private set; }

    /// <summary>A retired service stays on its records but is not offered on forms.</summary>
    public bool IsRetired { get; private set; }

    public List<ConfigurationItem> ConfigurationItems { get; private set; } = [];
}
