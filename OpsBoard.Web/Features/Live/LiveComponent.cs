using Microsoft.AspNetCore.Components;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// A component that follows the change feed: once its circuit is live it hears each committed change it
/// <see cref="Follows"/>, and re-renders through InvokeAsync after <see cref="OnChangesAsync"/>. It never polls.
/// A burst of changes is handled in one go: while one refresh waits for the dispatcher, later changes join it.
/// A change to a security incident reaches it only when the circuit's user may see one (<c>SecurityIncidents.CanSee</c>).
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private readonly List<BoardEvent> pending = [];
    private IDisposable? subscription;
    private bool scheduled;
    private volatile bool seesSecurityIncidents;

    [Inject] protected ChangeFeed Feed { get; set; } = default!;

    [Inject] private ILogger<LiveComponent> Log { get; set; } = default!;

    [Inject] private Recording.Actor Watcher { get; set; } = default!;

    /// <summary>Whether this component cares about <paramref name="change"/>. Called on the publisher's thread: read only immutable state.</summary>
    protected abstract bool Follows(BoardEvent change);

    /// <summary>Brings the component up to date with the changes it followed; it re-renders afterwards.</summary>
    protected abstract Task OnChangesAsync(IReadOnlyList<BoardEvent> changes);

    protected override void OnAfterRender(bool firstRender)
    {
        // Not while prerendering: only a live circuit can be told of changes.
        if (firstRender && subscription is null)
        {
            seesSecurityIncidents = Access.SecurityIncidents.CanSee(Watcher.User);
            subscription = Feed.Subscribe(Receive);
        }
        base.OnAfterRender(firstRender);
    }

    private void Receive(IReadOnlyList<BoardEvent> events)
    {
        var followed = events.Where(e => (!e.Restricted || seesSecurityIncidents) && Follows(e)).ToList();
        if (followed.Count == 0) return;
        lock (pending)
        {
            pending.AddRange(followed);
            if (scheduled) return;
            scheduled = true;
        }
        _ = InvokeAsync(RefreshAsync);
    }

    private async Task RefreshAsync()
    {
        List<BoardEvent> batch;
        lock (pending)
        {
            batch = [.. pending];
            pending.Clear();
            scheduled = false;
        }
        try
        {
            await OnChangesAsync(batch);
            StateHasChanged();
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away while the refresh waited.
        }
        catch (Exception error)
        {
            Log.LogWarning(error, "{Component} could not refresh after {Count} changes.", GetType().Name, batch.Count);
        }
    }

    public virtual void Dispose()
    {
        subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
