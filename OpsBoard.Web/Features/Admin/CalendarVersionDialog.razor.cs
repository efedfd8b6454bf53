using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Calendars;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Admin;

public sealed partial class CalendarVersionDialog
{
    private Dictionary<string, string> problems = [];
    private string? effectiveFrom;
    private CalendarVersion? basis;
    private List<DayHours> days = [];
    private SortedSet<DateOnly> holidays = [];
    private string? holidayToAdd;
    private bool saving;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired] public CalendarView Calendar { get; set; } = default!;

    [Inject] private CalendarAdmin Admin { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    private DateOnly? ChosenDate => ParseDate(effectiveFrom);

    private CalendarVersion? LaterVersion => ChosenDate is { } date ? Calendar.Versions.FirstOrDefault(v => v.EffectiveFrom > date) : null;

    private List<DateOnly> UpcomingHolidays => [.. holidays.Where(d => ChosenDate is not { } date || d >= date)];

    private IEnumerable<string> OtherProblems => problems
        .Where(p => p.Key is not ("effectiveFrom" or "holidays" or "workingDays") && !p.Key.StartsWith("workingDays.", StringComparison.Ordinal)
            && !p.Key.StartsWith("start.", StringComparison.Ordinal) && !p.Key.StartsWith("end.", StringComparison.Ordinal))
        .Select(p => p.Value);

    /// <summary>The change so far in the words the audit log will use; empty while the hours cannot be read.</summary>
    private string? Summary => basis is not null && ChosenDate is { } date && TryBuild(date, out var version, out _) ? CalendarVersions.Changes(basis, version) : null;

    // Tomorrow by default: rules from today may not change time already counted this morning.
    protected override void OnInitialized() => DateChanged(Iso(Calendar.Today.AddDays(1)));

    private void DateChanged(string? value)
    {
        effectiveFrom = value;
        Clear("effectiveFrom", "holidays");
        if (ParseDate(value) is not { } date) return;
        var inForce = Calendar.InForceOn(date);
        // Another version holds on the new date: start again from its rules rather than mix two versions.
        if (inForce is null || ReferenceEquals(inForce, basis)) return;
        basis = inForce;
        days = [.. CalendarVersions.Week.Select(d => DayHours.From(d, inForce))];
        holidays = [.. inForce.Holidays];
    }

    private void AddHoliday()
    {
        if (ParseDate(holidayToAdd) is not { } day)
        {
            problems["holidays"] = "Choose the date of the holiday to add.";
            return;
        }
        if (ChosenDate is { } date && day < date)
        {
            problems["holidays"] = $"{CalendarVersions.Date(day)} is before these rules take effect; a holiday here counts from {CalendarVersions.Date(date)} on.";
            return;
        }
        if (!holidays.Add(day))
        {
            problems["holidays"] = $"{CalendarVersions.Date(day)} is already a holiday.";
            return;
        }
        holidayToAdd = null;
        Clear("holidays");
    }

    private void RemoveHoliday(DateOnly day) => holidays.Remove(day);

    private async Task SaveAsync()
    {
        if (ChosenDate is not { } date)
        {
            problems["effectiveFrom"] = "Choose the date the new rules take effect.";
            return;
        }
        if (!TryBuild(date, out var version, out var found))
        {
            problems = found;
            return;
        }
        saving = true;
        try
        {
            var result = await Admin.AddVersionAsync(Calendar.Id, version, Actor.Name);
            if (result.Succeeded) Dialog.Close(DialogResult.Ok(result));
            else problems = new Dictionary<string, string>(result.Problems);
        }
        finally
        {
            saving = false;
        }
    }

    private bool TryBuild(DateOnly date, out CalendarVersion version, out Dictionary<string, string> found)
    {
        found = [];
        var working = new List<WorkingDay>();
        foreach (var day in days.Where(d => d.Works))
        {
            if (!CalendarVersions.TryParseTime(day.Start, out var start)) found[StartField(day)] = "Write a time such as 08:00.";
            if (!CalendarVersions.TryParseTime(day.End, out var end)) found[EndField(day)] = "Write a time such as 18:00, or 24:00 for midnight.";
            working.Add(new WorkingDay(day.Day, start, end));
        }
        version = new CalendarVersion(date, working, holidays.ToHashSet());
        return found.Count == 0;
    }

    private static string Field(DayHours day) => CalendarVersion.DayField(day.Day);

    private static string StartField(DayHours day) => $"start.{day.Day}";

    private static string EndField(DayHours day) => $"end.{day.Day}";

    private bool Has(string key) => problems.ContainsKey(key);

    private string? Problem(string key) => problems.GetValueOrDefault(key);

    private void Clear(params string[] keys)
    {
        foreach (var key in keys) problems.Remove(key);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>One weekday's row in the form, as typed.</summary>
    private sealed class DayHours
    {
        public DayOfWeek Day { get; init; }

        public bool Works { get; set; }

        public string? Start { get; set; }

        public string? End { get; set; }

        public static DayHours From(DayOfWeek day, CalendarVersion version)
        {
            var hours = version.WorkingDays.Where(d => d.Day == day).Select(d => (WorkingDay?)d).FirstOrDefault();
            return new DayHours
            {
                Day = day,
                Works = hours is not null,
                Start = hours is { } h ? CalendarVersions.Time(h.Start) : "08:00",
                End = hours is { } e ? CalendarVersions.Time(e.End) : "18:00",
            };
        }
    }
}
