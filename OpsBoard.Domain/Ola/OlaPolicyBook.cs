using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Ola;

/// <summary>All policies and calendars: finds the policy for a group and priority, falling back to the default.</summary>
public sealed class OlaPolicyBook(IEnumerable<OlaPolicy> policies, IEnumerable<BusinessCalendar> calendars)
{
    private readonly Dictionary<(int?, Priority), OlaPolicy> policies = policies.ToDictionary(p => (p.SupportGroupId, p.Priority));
    private readonly Dictionary<string, BusinessCalendar> calendars = calendars.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public static OlaPolicyBook Default { get; } = new(OlaPolicy.Defaults,
        [BusinessCalendar.TwentyFourSeven, EnglandAndWalesBankHolidays.OfficeHoursCalendar(OlaPolicy.WorkingHours)]);

    public OlaPolicy For(int? supportGroupId, Priority priority) =>
        supportGroupId is { } id && policies.TryGetValue((id, priority), out var own) ? own
        : policies.TryGetValue((null, priority), out var fallback) ? fallback
        : throw new InvalidOperationException($"There is no default OLA policy for {priority}; an administrator must add one.");

    public BusinessCalendar Calendar(string name) =>
        calendars.TryGetValue(name, out var calendar) ? calendar
        : throw new InvalidOperationException($"There is no calendar named '{name}'.");
}
