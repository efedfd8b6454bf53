using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Wall;

/// <summary>
/// The wall screen: configured by its address alone, kept live by the shared <see cref="BoardSnapshot"/> (this circuit
/// holds only a reference to the current board, its filter and the small figures worked out from them), ticking each
/// second for the clock and the countdowns, and saying in a large banner when its data is no longer live.
/// </summary>
public sealed partial class WallPage : IDisposable
{
    /// <summary>Rows of each list in the summary view, and in a whole-screen view: what fits at 16:9, whatever the resolution.</summary>
    public const int SummaryRows = 10;
    public const int FullScreenRows = 14;

    /// <summary>The OLA sweep beats every 2 s; after this long without a beat the data is not live.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(10);

    private WallOptions options = WallOptions.Read(null, null, null, null);
    private Board? board;
    private WallFigures? figures;
    private DateTimeOffset now;
    private DateTimeOffset startedAt;
    private IDisposable? following;
    private SecondTicker? ticker;
    private int refreshScheduled;
    private bool showSecurityIncidents;

    [SupplyParameterFromQuery(Name = "groups")] public string? Groups { get; set; }

    [SupplyParameterFromQuery(Name = "services")] public string? Services { get; set; }

    [SupplyParameterFromQuery(Name = "views")] public string? Views { get; set; }

    [SupplyParameterFromQuery(Name = "rotate")] public string? Rotate { get; set; }

    [Inject] private BoardSnapshot Snapshot { get; set; } = default!;

    [Inject] private ChangeFeed Feed { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    private Board Board => board!;

    private WallFigures Figures
    {
        get
        {
            if (figures is { } f && f.BoardVersion == Board.Version && f.DayStart == WallFigures.StartOfLondonDay(now)) return f;
            return figures = WallFigures.Of(Board, options.Filter, now, Math.Max(SummaryRows, FullScreenRows), showSecurityIncidents);
        }
    }

    private int ViewIndex => (int)((now - startedAt).Ticks / options.Rotate.Ticks % options.Views.Count);

    private WallView View => options.Views[ViewIndex];

    private long NextViewIn => (long)Math.Ceiling((options.Rotate - TimeSpan.FromTicks((now - startedAt).Ticks % options.Rotate.Ticks)).TotalSeconds);

    private DateTimeOffset? LastBeat => Feed.LastBeat;

    private bool IsStale => LastBeat is not { } beat || now - beat > StaleAfter;

    private DateTimeOffset StaleSince => LastBeat ?? Board.ChangedAt;

    private DateTimeOffset UpdatedAt => LastBeat is { } beat && beat > Board.ChangedAt ? beat : Board.ChangedAt;

    private string Title => $"{Names(options.GroupIds, Board.Catalogue.Groups, "All groups")} — {Names(options.ServiceIds, Board.Catalogue.Services, "all services")}";

    private string FilterText =>
        $"groups: {Names(options.GroupIds, Board.Catalogue.Groups, "all")} · services: {Names(options.ServiceIds, Board.Catalogue.Services, "all")}";

    private List<string> Problems =>
    [
        .. options.Problems,
        .. options.GroupIds.Where(id => !Board.Catalogue.Groups.ContainsKey(id)).Select(id => $"groups: there is no support group {id}; GET /api/catalogue lists the ids."),
        .. options.ServiceIds.Where(id => !Board.Catalogue.Services.ContainsKey(id)).Select(id => $"services: there is no service {id}; GET /api/catalogue lists the ids."),
    ];

    /// <summary>A kiosk link's screen shows the link's groups and services, whatever its address asks for.</summary>
    [CascadingParameter] private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? Authentication { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var (groups, services) = (Groups, Services);
        var user = Authentication is null ? null : (await Authentication).User;
        // No signed-in viewer, no security incidents; a kiosk never sees one.
        showSecurityIncidents = user is not null && Access.SecurityIncidents.CanSee(user);
        if (user is not null && Access.KioskLinks.ScopeOf(user) is { } scope)
        {
            if (scope.Groups.Length > 0) groups = string.Join(',', scope.Groups);
            if (scope.Services.Length > 0) services = string.Join(',', scope.Services);
        }
        options = WallOptions.Read(groups, services, Views, Rotate);
        figures = null;
        now = Time.GetUtcNow();
        startedAt = now;
    }

    protected override async Task OnInitializedAsync() => board = await Snapshot.GetAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        // Not while prerendering: only a live circuit follows the board and ticks.
        if (!firstRender) return;
        following = Snapshot.Subscribe(_ => Refresh());
        if (Snapshot.Current != board) Refresh();
        ticker = SecondTicker.Start(Time, () => InvokeAsync(Tick));
    }

    // A burst of board versions is one render of the newest.
    private void Refresh()
    {
        if (Interlocked.Exchange(ref refreshScheduled, 1) == 1) return;
        _ = InvokeAsync(() =>
        {
            Interlocked.Exchange(ref refreshScheduled, 0);
            board = Snapshot.Current ?? board;
            now = Time.GetUtcNow();
            StateHasChanged();
        });
    }

    private void Tick()
    {
        now = Time.GetUtcNow();
        StateHasChanged();
    }

    private static string Names(IReadOnlyList<int> ids, IReadOnlyDictionary<int, string> names, string none) =>
        ids.Count == 0 ? none : string.Join(", ", ids.Select(id => names.GetValueOrDefault(id, $"#{id} (unknown)")));

    private static string Clock(DateTimeOffset instant) => LondonTime.ToLocal(instant).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        following?.Dispose();
        ticker?.Dispose();
    }
}
