namespace OpsBoard.Web.Components.Shared;

/// <summary>
/// Calls <c>tick</c> once a second on the app's clock until disposed: for countdowns that move on between reads.
/// Start it after the first render (not while prerendering); the tick hands its work to the circuit (InvokeAsync).
/// </summary>
public sealed class SecondTicker : IDisposable
{
    private readonly PeriodicTimer timer;

    private SecondTicker(TimeProvider time, Func<Task> tick)
    {
        timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        _ = RunAsync(tick);
    }

    public static SecondTicker Start(TimeProvider time, Func<Task> tick) => new(time, tick);

    private async Task RunAsync(Func<Task> tick)
    {
        try
        {
            while (await timer.WaitForNextTickAsync()) await tick();
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between a tick and its render.
        }
    }

    public void Dispose() => timer.Dispose();
}
