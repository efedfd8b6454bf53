namespace OpsBoard.Web.Features.Cmdb;

/// <summary>The four lists of the CMDB an administrator edits, imports and exports.</summary>
public enum CmdbKind
{
    Services = 1,
    ConfigurationItems = 2,
    SupportGroups = 3,
    People = 4,
}

public static class CmdbKinds
{
    /// <summary>The kind's name in addresses and file names: services, configuration-items, support-groups, people.</summary>
    public static string Slug(this CmdbKind kind) => kind switch
    {
        CmdbKind.Services => "services",
        CmdbKind.ConfigurationItems => "configuration-items",
        CmdbKind.SupportGroups => "support-groups",
        CmdbKind.People => "people",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Title(this CmdbKind kind) => kind switch
    {
        CmdbKind.Services => "Services",
        CmdbKind.ConfigurationItems => "Configuration items",
        CmdbKind.SupportGroups => "Support groups",
        CmdbKind.People => "People",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static CmdbKind? FromSlug(string? slug) =>
        Enum.GetValues<CmdbKind>().Cast<CmdbKind?>().FirstOrDefault(k => string.Equals(k!.Value.Slug(), slug, StringComparison.OrdinalIgnoreCase));

    public static string SlugList => string.Join(", ", Enum.GetValues<CmdbKind>().Select(k => k.Slug()));
}
