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
    string? Category,
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
        var csv = new CsvText(reader.ReadToEnd());
        var header = csv.Next() ?? throw new InvalidDataException("The log is empty.");
        var column = header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        var rows = new List<LogRow>();
        var problems = new List<LogProblem>();
        var line = 1;
        var read = 0;
        var times = new Dictionary<string, DateTimeOffset?>();
        DateTimeOffset? Time(string text)
        {
            if (!times.TryGetValue(text, out var instant)) times[text] = instant = SourceCalendar.ParseLocal(text, zone);
            return instant;
        }
        while (csv.Next() is { } fields)
        {
            line++;
            read++;
            string Field(string name) => fields.Length > column[name] ? fields[column[name]] : "?";
            var state = Field("incident_state");
            var opened = Time(Field("opened_at"));
            var updated = Time(Field("sys_updated_at"));
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
                Field("category") is "?" or "" ? null : Field("category"),
                priority,
                Field("assignment_group") is "?" or "" ? null : Field("assignment_group")));
        }
        return new IncidentLog(read, rows, problems);
    }

    /// <summary>A CSV text read record by record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks).</summary>
    private sealed class CsvText(string text)
    {
        private int position;

        /// <summary>The next record's fields; null at the end.</summary>
        public string[]? Next()
        {
            if (position >= text.Length) return null;
            var fields = new List<string>();
            while (true)
            {
                if (position < text.Length && text[position] == '"')
                {
                    var field = new System.Text.StringBuilder();
                    position++;
                    while (position < text.Length)
                    {
                        var quote = text.IndexOf('"', position);
                        if (quote < 0) { field.Append(text, position, text.Length - position); position = text.Length; break; }
                        field.Append(text, position, quote - position);
                        position = quote + 1;
                        if (position < text.Length && text[position] == '"') { field.Append('"'); position++; }
                        else break;
                    }
                    fields.Add(field.ToString());
                }
                else
                {
                    var end = text.IndexOfAny(Separators, position);
                    if (end < 0) end = text.Length;
                    fields.Add(text[position..end].TrimEnd('\r'));
                    position = end;
                }
                if (position >= text.Length) return [.. fields];
                var separator = text[position++];
                if (separator == '\n') return [.. fields];
                if (separator == '\r' && position < text.Length && text[position] == '\n') { position++; return [.. fields]; }
            }
        }

        private static readonly char[] Separators = [',', '\n'];
    }
}
