using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Features.Reports;

/// <summary>Relay shares by the domain's own clock arithmetic over a record target's facts and its holders.</summary>
public sealed class RelaySharesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachHoldCountsTheTargetsTimeInIt_LessPauses_AndTheSharesAddUpToItsUse()
    {
        var policy = OlaPolicyBook.Default.For(null, Priority.P1); // 24x7, 4 h resolution
        var target = new OlaTarget(OlaTargetKind.RecordResolution, 0, null, policy, Start);
        // Service Desk (1) holds it for an hour, Network (2) for three, of which 30 minutes pending; Service Desk again for two.
        var segments = new[]
        {
            new OlaTarget(OlaTargetKind.Response, 1, 1, policy, Start),
            new OlaTarget(OlaTargetKind.Response, 2, 2, policy, Start.AddHours(1)),
            new OlaTarget(OlaTargetKind.Response, 3, 1, policy, Start.AddHours(4)),
        };
        target.Pause("Awaiting caller", "Resolver", Start.AddHours(2));
        target.Resume(Start.AddHours(2.5));
        target.Stop(StopReason.Resolved, Start.AddHours(6));

        var shares = RelayShares.Of(target, segments, BusinessCalendar.TwentyFourSeven, Start.AddDays(1), recordGroupId: 9).ToList();

        Assert.Equal([1, 2], shares.Select(s => s.GroupId));
        Assert.Equal(TimeSpan.FromHours(3), shares[0].Used);
        Assert.Equal(TimeSpan.FromHours(2.5), shares[1].Used);
        Assert.Equal(OlaClock.UsedAt(target.Facts, BusinessCalendar.TwentyFourSeven, Start.AddHours(6)), shares[0].Used + shares[1].Used);
        Assert.All(shares, s => Assert.Equal(TimeSpan.FromHours(4), s.Target));
    }

    [Fact]
    public void ARunningTargetIsReadToTheGivenEnd()
    {
        var policy = OlaPolicyBook.Default.For(null, Priority.P1);
        var target = new OlaTarget(OlaTargetKind.RecordResolution, 0, null, policy, Start);

        var share = Assert.Single(RelayShares.Of(target, [], BusinessCalendar.TwentyFourSeven, Start.AddHours(5), recordGroupId: 9));

        Assert.Equal((9, TimeSpan.FromHours(5)), (share.GroupId, share.Used));
    }
}
