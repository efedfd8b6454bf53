using System.Globalization;

namespace OpsBoard.Tests.Reports;

/// <summary>One readable row of a ServiceNow incident event log, as the sample's README describes its columns.</summary>
public sealed record LogRow(
    int Line,
    string Number,
    string State,
    int ReassignmentCount,
    int ReopenCount,
    int ModCount,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    string Category,
    int Priority,
    string? Group);

/// <summary>A row the log's reader could not take, with its line (1 = the header) and why.</summary>
public sealed record LogProblem(int Line, string Reason);

/// <summary>The test's own reader of the incident log: a plain CSV reader that knows the columns it needs and nothing of OpsBoard.</summary>
public sealed class IncidentLog
{
    public static readonly string[] States =
        ["New", "Active", "Awaiting User Info", "Awaiting Evidence", "Awaiting Vendor", "Awaiting Problem", "Resolved", "Closed"];

    private IncidentLog(int rowsRead, IReadOnlyList<LogRow> rows, IReadOnlyList<LogProblem> problems)
    {
        RowsRead = rowsRead;
        Rows = rows;
        Problems = problems;
    }

    public int RowsRead { get; }

    public IReadOnlyList<LogRow> Rows { get; }

    public IReadOnlyList<LogProblem> Problems { get; }

    public static IncidentLog Read(TextReader reader, TimeZoneInfo zone)
    {
        var header = ReadRecord(reader) ?? throw new InvalidDataException("The log is empty.");
        var column = header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        var rows = new List<LogRow>();
        var problems = new List<LogProblem>();
        var line = 1;
        var read = 0;
        while (ReadRecord(reader) is { } fields)
        {
            line++;
            read++;
            string Field(string name) => fields.Length > column[name] ? fields[column[name]] : "?";
            var state = Field("incident_state");
            var opened = SourceCalendar.ParseLocal(Field("opened_at"), zone);
            var updated = SourceCalendar.ParseLocal(Field("sys_updated_at"), zone);
            var priority = Field("priority") is { Length: > 0 } p && p[0] is >= '1' and <= '4' ? p[0] - '0' : 0;
            string? reason =
                fields.Length != header.Length ? $"has {fields.Length} columns, not {header.Length}"
                : Field("number") is "?" or "" ? "has no number"
                : !States.Contains(state) ? $"has the unknown incident_state '{state}'"
                : opened is null ? $"has an unreadable opened_at '{Field("opened_at")}'"
                : updated is null ? $"has an unreadable sys_updated_at '{Field("sys_updated_at")}'"
                : priority == 0 ? $"has an unreadable priority '{Field("priority")}'"
                : !int.TryParse(Field("sys_mod_count"), CultureInfo.InvariantCulture, out _) ? "has an unreadable sys_mod_count"
                : !int.TryParse(Field("reassignment_count"), CultureInfo.InvariantCulture, out _) ? "has an unreadable reassignment_count"
                : !int.TryParse(Field("reopen_count"), CultureInfo.InvariantCulture, out _) ? "has an unreadable reopen_count"
                : null;
            if (reason is not null)
            {
                problems.Add(new LogProblem(line, reason));
                continue;
            }
            rows.Add(new LogRow(
                line,
                Field("number"),
                state,
                int.Parse(Field("reassignment_count"), CultureInfo.InvariantCulture),
                int.Parse(Field("reopen_count"), CultureInfo.InvariantCulture),
                int.Parse(Field("sys_mod_count"), CultureInfo.InvariantCulture),
                opened!.Value,
                updated!.Value,
                Field("category"),
                priority,
                Field("assignment_group") is "?" or "" ? null : Field("assignment_group")));
        }
        return new IncidentLog(read, rows, problems);
    }

    /// <summary>One CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks); null at the end.</summary>
    private static string[]? ReadRecord(TextReader reader)
    {
        if (reader.Peek() < 0) return null;
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c < 0) break;
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else field.Append((char)c);
                continue;
            }
            if (c < 0 || c == '\n') break;
            if (c == '\r') continue;
            if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append((char)c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
