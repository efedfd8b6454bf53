using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Domain.Import;

/// <summary>
/// The groups and services an import files records under, found by the names the log uses. No group (<c>?</c>) and the
/// group the log's service desk goes by (<paramref name="socGroupName"/>) are the SOC.
/// </summary>
public sealed class ImportDirectory(SupportGroup soc, string? socGroupName, Func<string, SupportGroup> group, Func<string, Service> service)
{
    public const string Uncategorised = "Uncategorised";

    public SupportGroup GroupFor(string? name) =>
        name is null || string.Equals(name, socGroupName?.Trim(), StringComparison.OrdinalIgnoreCase) ? soc : group(name);

    public Service ServiceFor(string? category) => service(category ?? Uncategorised);
}
