namespace OpsBoard.Domain.Cmdb;

/// <summary>How a group was chosen for a record, most specific first.</summary>
public enum RoutedBy
{
    /// <summary>A routing rule matched the event.</summary>
    Rule = 1,

    /// <summary>The record's configuration item has an owning group.</summary>
    ConfigurationItem = 2,

    /// <summary>The record's service has a 2nd line group.</summary>
    Service = 3,

    /// <summary>Nothing more specific: the caller's default (the SOC).</summary>
    Default = 4,
}

/// <summary>The group a record goes to and why.</summary>
public sealed record RoutedGroup(SupportGroup Group, RoutedBy By);

/// <summary>
/// The CMDB's routing order: a matching rule, else the configuration item's owning group, else the service's 2nd line group,
/// else the default group. Retired groups and the SOC (line 1) are passed over as owners: they do not take routed work.
/// </summary>
public static class Routing
{
    public static RoutedGroup? Choose(SupportGroup? ruleGroup, ConfigurationItem? item, Service? service, SupportGroup? defaultGroup)
    {
        if (ruleGroup is not null) return new(ruleGroup, RoutedBy.Rule);
        if (Takes(item?.OwningGroup)) return new(item!.OwningGroup!, RoutedBy.ConfigurationItem);
        if (Takes(service?.SecondLineGroup)) return new(service!.SecondLineGroup!, RoutedBy.Service);
        return defaultGroup is null ? null : new(defaultGroup, RoutedBy.Default);
    }

    /// <summary>Who answers for a record's service: the configuration item's own service manager, else the service's.</summary>
    public static Person? ManagerFor(Service? service, ConfigurationItem? item) => item?.ServiceManager ?? service?.ServiceManager;

    private static bool Takes(SupportGroup? group) => group is { IsRetired: false, IsServiceOperationsCentre: false };
}
