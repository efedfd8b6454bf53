namespace OpsBoard.Domain.Events;

/// <summary>The part of an event a routing rule matches on.</summary>
public enum RoutingField
{
    Integration = 1,
    Source = 2,
    Component = 3,
    Group = 4,
    Class = 5,
    Label = 6,
}
