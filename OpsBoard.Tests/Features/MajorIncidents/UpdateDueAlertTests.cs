using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Jeopardy;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.MajorIncidents;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.MajorIncidents;

/// <summary>An overdue major incident update raises a jeopardy alert through the OLA sweep, like any other clock.</summary>
public sealed class UpdateDueAlertTests
{
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);

    [Fact]
    public async Task Sweep_RaisesAnUpdateDueAlert_WhenNoUpdateComes_AndAnUpdateStartsTheNextClock()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var policies = new OlaPolicyStore(database.Factory);
        var recording = new RecordingService(database.Factory, policies, database.Feed, clock);
        var actions = new RecordActionService(database.Factory, policies, database.Feed, clock);
        // A P4: its own OLA clocks stay on track for hours, so any alert here is the update clock's.
        var opened = await recording.OpenAsync(RecordRequests.Incident(catalogue.Services[0]) with { Impact = Impact.Low, Urgency = Urgency.Medium }, "SOC analyst");
        var number = opened.Number!;
        var manager = catalogue.Groups.SelectMany(g => g.Members).First();
        var declared = await actions.ActAsync(number, new RecordActionRequest { Action = RecordAction.DeclareMajorIncident, ManagerId = manager.Id }, "Duty manager");
        Assert.True(declared.Succeeded, declared.Message);
        var reader = new AlertReader(database.Factory, policies, clock);

        clock.Advance(TimeSpan.FromMinutes(22));
        await AlertSeed.SweepAsync(database, database.Feed, clock);
        Assert.Empty((await reader.GetAsync(BoardFilter.Everything, Viewers.Admin)).Alerts);
        clock.Advance(TimeSpan.FromMinutes(1));
        await AlertSeed.SweepAsync(database, database.Feed, clock);

        var alert = Assert.Single((await reader.GetAsync(BoardFilter.Everything, Viewers.Admin)).Alerts);
        Assert.Equal((number, OlaTargetKind.MajorIncidentUpdate, JeopardyState.Jeopardy, "Update due"), (alert.Number, alert.Kind, alert.State, AlertWords.Clock(alert)));
        Assert.Equal(TestClock.MondayMorning.AddMinutes(30), alert.Due);
        var panel = (await new MajorIncidentReader(database.Factory).ForRecordAsync(number, Viewers.Admin))!.Detail!;
        Assert.Equal(new UpdateDue(TestClock.MondayMorning.AddMinutes(30), JeopardyState.Jeopardy), panel.UpdateDue);
        Assert.Equal(("Update due clock", "Watch → Jeopardy"), (panel.Timeline[^1].What, panel.Timeline[^1].Text));

        var posted = await actions.ChangeAsync(number, "Duty manager", null, (_, record, now) => Task.FromResult(record.PostMajorIncidentUpdate("Failover under way", "Duty manager", now)));
        Assert.True(posted.Succeeded, posted.Message);
        clock.Advance(TimeSpan.FromMinutes(22));
        await AlertSeed.SweepAsync(database, database.Feed, clock);

        Assert.Single((await reader.GetAsync(BoardFilter.Everything, Viewers.Admin)).Alerts);
        var next = (await new MajorIncidentReader(database.Factory).ForRecordAsync(number, Viewers.Admin))!.Detail!.UpdateDue;
        Assert.Equal(new UpdateDue(TestClock.MondayMorning.AddMinutes(53), JeopardyState.Watch), next);
    }
}
