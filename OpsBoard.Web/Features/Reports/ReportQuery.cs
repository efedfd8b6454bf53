using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Reports;

/// <summary>A request read from an address, or the sentence saying which parameter could not be read and what it takes.</summary>
public sealed record ReportQueryResult(ReportRequest? Request, string? Preset, string? Field = null, string? Problem = null);

/// <summary>
/// The one way a report request is written in and read from an address, by the page (so a report can be bookmarked)
/// and the CSV endpoint alike: <c>period</c> (a preset) or <c>from</c> and <c>to</c> (dates such as 2026-11-01, whole
/// Europe/London days with both ends included, or instants such as 2026-11-01T00:00:00Z, the end excluded), and
/// <c>services</c>, <c>groups</c>, <c>priorities</c> and <c>kinds</c>, each repeatable.
/// </summary>
public static class ReportQuery
{
    public static ReportQueryResult Read(string? query, DateTimeOffset now) => Read(QueryHelpers.ParseQuery(query), now);

    public static ReportQueryResult Read(IEnumerable<KeyValuePair<string, StringValues>> query, DateTimeOffset now)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        string? One(string key) => values.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) ? v.ToString() : null;
        IEnumerable<string> Many(string key) => values.TryGetValue(key, out var v)
            ? v.SelectMany(s => (s ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : [];

        var period = One("period");
        var (fromText, toText) = (One("from"), One("to"));
        DateTimeOffset from, to;
        string? preset = null;
        if (fromText is null && toText is null && period != ReportPeriods.Custom)
        {
            preset = period ?? ReportPeriods.Default;
            if (!ReportPeriods.IsPreset(preset))
            {
                return Refused("period", $"period: \"{period}\" is not a period; use one of {string.Join(", ", ReportPeriods.Presets.Select(p => p.Key))}, or give from and to.");
            }
            (from, to) = ReportPeriods.Of(preset, now);
        }
        else
        {
            if (fromText is null || toText is null) return Refused(fromText is null ? "from" : "to", "Give both from and to, as dates such as 2026-11-01 or times such as 2026-11-01T00:00:00Z.");
            if (ReadBound(fromText, end: false) is not { } start) return Refused("from", $"from: \"{fromText}\" is not a date such as 2026-11-01 or a time such as 2026-11-01T00:00:00Z.");
            if (ReadBound(toText, end: true) is not { } finish) return Refused("to", $"to: \"{toText}\" is not a date such as 2026-11-30 or a time such as 2026-12-01T00:00:00Z.");
            (from, to) = (start, finish);
            if (to <= from) return Refused("to", $"The period must end after it starts: to ({toText}) is not after from ({fromText}).");
        }

        var services = Whole(Many("services").ToList(), "services");
        var groups = Whole(Many("groups").ToList(), "groups");
        var priorities = Named<Priority>(Many("priorities").ToList(), "priorities");
        var kinds = Named<RecordKind>(Many("kinds").ToList(), "kinds");
        foreach (var problem in new[] { services.Problem, groups.Problem, priorities.Problem, kinds.Problem })
        {
            if (problem is { } p) return Refused(p.Field, p.Sentence);
        }
        return new ReportQueryResult(new ReportRequest(from, to, services.Values, groups.Values, priorities.Values, kinds.Values), preset);
    }

    /// <summary>The address query of a request, with its instants written out (what the CSV link carries, so it reads exactly what the screen shows).</summary>
    public static string Write(ReportRequest request)
    {
        var parts = new List<string> { "from=" + Instant(request.From), "to=" + Instant(request.To) };
        parts.AddRange(Filters(request));
        return string.Join('&', parts);
    }

    /// <summary>The filters part of an address query.</summary>
    public static IEnumerable<string> Filters(ReportRequest request) =>
        (request.Services ?? []).Select(s => "services=" + s.ToString(CultureInfo.InvariantCulture))
            .Concat((request.Groups ?? []).Select(g => "groups=" + g.ToString(CultureInfo.InvariantCulture)))
            .Concat((request.Priorities ?? []).Select(p => "priorities=" + p))
            .Concat((request.Kinds ?? []).Select(k => "kinds=" + k));

    public static string Instant(DateTimeOffset at) => Uri.EscapeDataString(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ReadBound(string text, bool end)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return end ? ReportPeriods.Start(day.AddDays(1)) : ReportPeriods.Start(day);
        }
        return text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    private static ReportQueryResult Refused(string field, string sentence) => new(null, null, field, sentence);

    private static (IReadOnlyList<int> Values, (string Field, string Sentence)? Problem) Whole(List<string> texts, string field)
    {
        var values = new List<int>();
        foreach (var text in texts)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return ([], (field, $"{field}: \"{text}\" is not a whole number (the {field}' ids)."));
            }
            values.Add(value);
        }
        return ([.. values.Distinct()], null);
    }

    private static (IReadOnlyList<T> Values, (string Field, string Sentence)? Problem) Named<T>(List<string> texts, string field) where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var text in texts)
        {
            if (!Enum.TryParse<T>(text, ignoreCase: true, out var value) || !Enum.IsDefined(value) || int.TryParse(text, out _))
            {
                return ([], (field, $"{field}: \"{text}\" is not one of {string.Join(", ", Enum.GetNames<T>())}."));
            }
            values.Add(value);
        }
        return ([.. values.Distinct()], null);
    }
}
