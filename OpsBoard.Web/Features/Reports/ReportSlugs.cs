using System.Text;

namespace OpsBoard.Web.Features.Reports;

/// <summary>Reports' names in addresses and file names: "time-to-resolve" for TimeToResolve.</summary>
public static class ReportSlugs
{
    public static string Slug(this ReportName name)
    {
        var text = new StringBuilder();
        foreach (var c in name.ToString())
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append('-');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    public static ReportName? FromSlug(string? slug) =>
        Enum.GetValues<ReportName>().Cast<ReportName?>().FirstOrDefault(n => string.Equals(n!.Value.Slug(), slug, StringComparison.OrdinalIgnoreCase)
            || string.Equals(n.Value.ToString(), slug, StringComparison.OrdinalIgnoreCase));

    public static string Known => string.Join(", ", Enum.GetValues<ReportName>().Select(n => n.Slug()));
}
