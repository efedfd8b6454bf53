using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Admin;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Admin;

public sealed class CalendarAdminTests : IAsyncLifetime
{
    private const string Administrator = "Test administrator";

    // TestClock.MondayMorning is Monday 30 November 2026, 09:00 in London (GMT).
    private static readonly DateOnly Today = new(2026, 11, 30);

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private TestDatabase database = default!;
    private OlaPolicyStore store = default!;
    private CalendarAdmin admin = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        store = new OlaPolicyStore(database.Factory);
        admin = new CalendarAdmin(database.Factory, store, clock);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task AddVersionAsync_AddsVersionFromChosenDate_AndLeavesWorkingTimeBeforeItUnchanged()
    {
        var (id, current) = await WorkingHoursAsync();
        var before = (await store.GetAsync()).Calendar(OlaPolicy.WorkingHours);
        var past = (London(2026, 11, 1), London(2026, 12, 2));
        var longer = current with { EffectiveFrom = Today.AddDays(2), WorkingDays = [.. current.WorkingDays.Select(d => d with { End = TimeSpan.FromHours(20) })] };

        var result = await admin.AddVersionAsync(id, longer, Administrator);

        Assert.True(result.Succeeded, result.Message);
        var after = (await store.GetAsync()).Calendar(OlaPolicy.WorkingHours);
        Assert.Equal([new DateOnly(2024, 1, 1), Today.AddDays(2)], after.Versions.Select(v => v.EffectiveFrom));
        Assert.Equal(before.WorkingTime(past.Item1, past.Item2), after.WorkingTime(past.Item1, past.Item2));
        Assert.Equal(TimeSpan.FromHours(12), after.WorkingTime(London(2026, 12, 2), London(2026, 12, 3)));
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal((AuditArea.Calendar, OlaPolicy.WorkingHours, Administrator), (entry.Area, entry.Subject, entry.By));
        Assert.StartsWith("Rules from Wed 2 Dec 2026: Monday: 08:00-18:00 -> 08:00-20:00; Tuesday: 08:00-18:00 -> 08:00-20:00", entry.Change);
    }

    [Fact]
    public async Task AddVersionAsync_RefusesNamingTheDate_AndChangesNothing_WhenDateIsInThePast()
    {
        var (id, current) = await WorkingHoursAsync();

        var result = await admin.AddVersionAsync(id, current with { EffectiveFrom = Today.AddDays(-1), WorkingDays = CalendarVersion.OfficeHours.Take(4).ToList() }, Administrator);

        Assert.Equal(["effectiveFrom"], result.Problems.Keys);
        Assert.Single((await admin.ListAsync()).Single(c => c.Id == id).Versions);
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task AddVersionAsync_RefusesToday_WhenItWouldRecountTimeAlreadyCountedToday()
    {
        var (id, current) = await WorkingHoursAsync();
        var laterStart = current with { EffectiveFrom = Today, WorkingDays = [.. current.WorkingDays.Select(d => d with { Start = TimeSpan.FromHours(10) })] };

        var result = await admin.AddVersionAsync(id, laterStart, Administrator);

        Assert.Equal(["effectiveFrom"], result.Problems.Keys);
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task AddVersionAsync_AcceptsToday_WhenOnlyTheRestOfTodayChanges()
    {
        var (id, current) = await WorkingHoursAsync();
        var laterEnd = current with { EffectiveFrom = Today, WorkingDays = [.. current.WorkingDays.Select(d => d with { End = TimeSpan.FromHours(17) })] };

        var result = await admin.AddVersionAsync(id, laterEnd, Administrator);

        Assert.True(result.Succeeded, result.Message);
        var calendar = (await store.GetAsync()).Calendar(OlaPolicy.WorkingHours);
        Assert.Equal(TimeSpan.FromHours(9), calendar.WorkingTime(London(2026, 11, 30), London(2026, 12, 1)));
    }

    [Fact]
    public async Task AddVersionAsync_AddsAndRemovesHolidays_InTheNewVersionOnly()
    {
        var (id, current) = await WorkingHoursAsync();
        var holidays = current.Holidays.Append(new DateOnly(2026, 12, 24)).Where(d => d != new DateOnly(2026, 12, 28)).ToHashSet();

        var result = await admin.AddVersionAsync(id, current with { EffectiveFrom = Today.AddDays(1), Holidays = holidays }, Administrator);

        Assert.True(result.Succeeded, result.Message);
        var calendar = (await store.GetAsync()).Calendar(OlaPolicy.WorkingHours);
        Assert.Equal(TimeSpan.Zero, calendar.WorkingTime(London(2026, 12, 24), London(2026, 12, 25)));
        Assert.Equal(TimeSpan.FromHours(10), calendar.WorkingTime(London(2026, 12, 28), London(2026, 12, 29)));
        Assert.Equal("Rules from Tue 1 Dec 2026: holidays added: 24 Dec 2026; holidays removed: 28 Dec 2026", Assert.Single(await AuditAsync()).Change);
    }

    [Fact]
    public async Task AddVersionAsync_RefusesNamingTheWeekday_WhenItsHoursEndBeforeTheyStart()
    {
        var (id, current) = await WorkingHoursAsync();
        var days = current.WorkingDays.Select(d => d.Day == DayOfWeek.Wednesday ? d with { Start = TimeSpan.FromHours(19) } : d).ToList();

        var result = await admin.AddVersionAsync(id, current with { EffectiveFrom = Today.AddDays(1), WorkingDays = days }, Administrator);

        Assert.Equal([CalendarVersion.DayField(DayOfWeek.Wednesday)], result.Problems.Keys);
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task AddVersionAsync_Refuses_WhenCalendarIsTwentyFourSeven()
    {
        var twentyFourSeven = (await admin.ListAsync()).Single(c => c.IsTwentyFourSeven);
        var (_, current) = await WorkingHoursAsync();

        var result = await admin.AddVersionAsync(twentyFourSeven.Id, current with { EffectiveFrom = Today.AddDays(1) }, Administrator);

        Assert.Equal(Web.Features.Recording.ChangeFailure.Refused, result.Failure);
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task AddVersionAsync_MakesTheSweepRereadRunningClocks_WithTheNewRules()
    {
        // A P3 opened Monday 09:00 has a 30-working-hour resolution target: Watch (15h) on Tuesday 14:00, due Thursday 09:00.
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var opened = await new RecordingService(database.Factory, store, database.Feed, clock).OpenAsync(RecordRequests.Incident(catalogue.Services[0]), Administrator);
        Assert.True(opened.Succeeded, opened.Message);
        Assert.Equal(London(2026, 12, 1, 14), (await ResolutionClockAsync()).NextTransitionAt);
        var (id, current) = await WorkingHoursAsync();

        var result = await admin.AddVersionAsync(id, current with { EffectiveFrom = Today.AddDays(1), Holidays = current.Holidays.Append(Today.AddDays(1)).ToHashSet() }, Administrator);
        await new OlaSweepJob(database.Factory, store, database.Feed, clock, NullLogger<OlaSweepJob>.Instance).RunAsync();

        Assert.True(result.Succeeded, result.Message);
        var resolution = await ResolutionClockAsync();
        Assert.Equal(London(2026, 12, 2, 14), resolution.NextTransitionAt);
        Assert.Equal(London(2026, 12, 4, 9), resolution.Due);
    }

    private async Task<(int Id, CalendarVersion Current)> WorkingHoursAsync()
    {
        var calendar = (await admin.ListAsync()).Single(c => c.Name == OlaPolicy.WorkingHours);
        return (calendar.Id, calendar.InForceOn(calendar.Today)!);
    }

    private async Task<OlaTarget> ResolutionClockAsync()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.OlaTargets.AsNoTracking().SingleAsync(t => t.Kind == OlaTargetKind.Resolution);
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Id).ToListAsync();
    }

    private static DateTimeOffset London(int year, int month, int day, int hour = 0)
    {
        var local = new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, BusinessCalendar.London.GetUtcOffset(local));
    }
}
