using System.Globalization;
using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Import;

/// <summary>
/// Reads one row of an incident event log into a <see cref="LogRow"/>, or says why it cannot: the reason names the column,
/// the value and what was expected, so a person can mend the file.
/// </summary>
public sealed class LogRowReader(LogColumns columns, TimeZoneInfo zone)
{
    public const string Missing = "?";

    private static readonly string[] TimeFormats = ["d/M/yyyy H:mm", "d/M/yyyy H:mm:ss"];

    private static readonly Dictionary<string, SourceState> States = new(StringComparer.OrdinalIgnoreCase)
    {
        ["New"] = SourceState.New,
        ["Active"] = SourceState.Active,
        ["Awaiting User Info"] = SourceState.AwaitingUserInfo,
        ["Awaiting Evidence"] = SourceState.AwaitingEvidence,
        ["Awaiting Vendor"] = SourceState.AwaitingVendor,
        ["Awaiting Problem"] = SourceState.AwaitingProblem,
        ["Resolved"] = SourceState.Resolved,
        ["Closed"] = SourceState.Closed,
    };

    private static readonly Dictionary<string, Channel> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Phone"] = Channel.Phone,
        ["IVR"] = Channel.Phone,
        ["Email"] = Channel.Email,
        ["Self service"] = Channel.Portal,
        ["Direct opening"] = Channel.WalkIn,
    };

    public (LogRow? Row, string? Problem) Read(int line, IReadOnlyList<string> fields)
    {
        if (fields.Count != columns.Count)
            return (null, $"The row has {fields.Count} fields; the header has {columns.Count}. Check for a stray or missing comma.");
        var problems = new List<string>();
        var number = Text("number");
        if (number is null) problems.Add("number is empty; every row names its incident (INC0000045)");
        var stateText = Text("incident_state");
        SourceState state = default;
        if (stateText is null || !States.TryGetValue(stateText, out state))
            problems.Add($"incident_state '{stateText ?? Missing}' is not a state; expected one of {string.Join(", ", States.Keys)}");
        var reassignments = Count("reassignment_count");
        var reopens = Count("reopen_count");
        var modCount = Count("sys_mod_count");
        var openedAt = Time("opened_at");
        var updatedAt = Time("sys_updated_at");
        var contact = Text("contact_type");
        var channel = Channel.Phone;
        if (contact is not null && !Channels.TryGetValue(contact, out channel))
            problems.Add($"contact_type '{contact}' is not one of {string.Join(", ", Channels.Keys)}");
        var impact = Rating<Impact>("impact", 3);
        var urgency = Rating<Urgency>("urgency", 3);
        var priority = Rating<Priority>("priority", 5);
        if (problems.Count > 0) return (null, string.Join("; ", problems) + ".");
        return (new LogRow(
            line, number!, state, reassignments, reopens, modCount,
            Text("caller_id"), Text("opened_by"), openedAt, Text("sys_updated_by"), updatedAt, channel, Text("location"),
            Text("category"), Text("subcategory"), Text("u_symptom"), impact, urgency, priority,
            Text("assignment_group"), Text("assigned_to"), Text("problem_id"), Text("rfc"), Text("closed_code"), Text("resolved_by")), null);

        string? Text(string column)
        {
            var value = fields[columns[column]].Trim();
            if (value.Length == 0 || value == Missing) return null;
            // The source pads some identifiers with two spaces ("Opened by  8").
            return string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        int Count(string column)
        {
            var value = Text(column);
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return count;
            problems.Add($"{column} '{value ?? Missing}' is not a whole number of 0 or more");
            return 0;
        }

        DateTimeOffset Time(string column)
        {
            var value = Text(column);
            if (DateTime.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return ToUtc(local);
            problems.Add($"{column} '{value ?? Missing}' is not a time written day/month/year hours:minutes (29/2/2016 01:16)");
            return default;
        }

        T Rating<T>(string column, int most) where T : struct, Enum
        {
            // "2 - Medium": the code comes first.
            var value = Text(column);
            var code = value?.Split(' ', 2)[0];
            if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= most)
                return (T)Enum.ToObject(typeof(T), n);
            problems.Add($"{column} '{value ?? Missing}' does not start with a code from 1 to {most} (\"2 - Medium\")");
            return default;
        }
    }

    /// <summary>
    /// The UTC instant of a local time in the log's zone. A local time skipped by the clocks going forward is taken an hour
    /// later; one that happens twice, at its first (summer) offset.
    /// </summary>
    public DateTimeOffset ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
