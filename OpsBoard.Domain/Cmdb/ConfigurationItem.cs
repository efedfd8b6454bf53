namespace OpsBoard.Domain.Cmdb;

/// <summary>A component of a service in the CMDB: an application, a server, a database, an interface.</summary>
public sealed partial class ConfigurationItem
{
    private ConfigurationItem()
    {
        Name = string.Empty;
        Type = string.Empty;
    }

    public ConfigurationItem(string name, string type, Service service, SupportGroup? owningGroup)
    {
        Name = name;
        Type = type;
        Service = service;
        OwningGroup = owningGroup;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Type { get; private set; }

    public int ServiceId { get; private set; }

    public Service? Service { get; private set; }

    public int? OwningGroupId { get; private set; }

    public SupportGroup? OwningGroup { get; private set; }

    /// <summary>The person who answers for this item when it is not the service's manager; jeopardy alerts go to them first.</summary>
    public int? ServiceManagerId { get; private set; }

    public Person? ServiceManager { get; private set; }

    /// <summary>A retired item stays on its records but is not offered on forms.</summary>
    public bool IsRetired { get; private set; }
}
