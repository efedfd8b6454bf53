using Microsoft.Extensions.Time.Testing;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Tests.Features.Events;

public sealed class IntakePressureTests
{
    private static readonly EventIntakeOptions Options = new() { BusyRate = 1_000, ApplyShareWhileBusy = 0.2 };

    [Fact]
    public void AQuietIntake_LetsTheProcessorRunFlatOut()
    {
        var clock = new FakeTimeProvider();
        var pressure = new IntakePressure(Options, clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        pressure.Stored(999);

        Assert.Equal(TimeSpan.Zero, pressure.RestAfter(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void ABusyIntake_GetsFourFifthsOfTheTime_WhenTheProcessorsShareIsAFifth()
    {
        var clock = new FakeTimeProvider();
        var pressure = new IntakePressure(Options, clock);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        pressure.Stored(500);

        Assert.Equal(TimeSpan.FromMilliseconds(200), pressure.RestAfter(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void TheRateIsMeasuredSinceTheLastAsk_SoTheProcessorSpeedsUpAsSoonAsABurstEnds()
    {
        var clock = new FakeTimeProvider();
        var pressure = new IntakePressure(Options, clock);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        pressure.Stored(5_000);
        Assert.NotEqual(TimeSpan.Zero, pressure.RestAfter(TimeSpan.FromMilliseconds(50)));

        clock.Advance(TimeSpan.FromMilliseconds(100));
        pressure.Stored(10);

        Assert.Equal(TimeSpan.Zero, pressure.RestAfter(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void AShareOfOne_NeverRests()
    {
        var clock = new FakeTimeProvider();
        var pressure = new IntakePressure(Options with { ApplyShareWhileBusy = 1 }, clock);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        pressure.Stored(5_000);

        Assert.Equal(TimeSpan.Zero, pressure.RestAfter(TimeSpan.FromMilliseconds(50)));
    }
}
