using System.Text;

namespace OpsBoard.Web.Features.Cmdb.Csv;

/// <summary>Writes RFC 4180 CSV with CRLF line ends, quoting a field only when it holds a comma, a quote, a line break or edge spaces.</summary>
public static class CsvWriter
{
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }
        return text.ToString();
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
