using OpsBoard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Jeopardy;

/// <summary>
/// The service manager's console: the open jeopardy alerts of the chosen groups and services (kept in the address),
/// nearest breach first, live. Countdowns tick each second; the state shown is the one the sweep stored.
/// </summary>
public sealed partial class JeopardyPage : LiveComponent
{
    private static readonly DialogOptions Options = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true };

    private static readonly HashSet<BoardEventType> Followed =
        [BoardEventType.AlertRaised, BoardEventType.AlertAcknowledged, BoardEventType.ClockStateChanged, BoardEventType.RecordChanged];

    private CatalogueView? catalogue;
    private OpsBoard.Domain.Ola.OlaPolicyBook? book;
    private OpenAlerts? alerts;
    private SecondTicker? ticker;
    private DateTimeOffset now;
    private long? acting;
    private (string Action, string Reason)? refusal;
    // The signed-in person when they manage a service or configuration item; then the console starts on their alerts.
    private int? manager;
    private bool readMine;

    // Set with the parameters, read by the feed's thread.
    private volatile BoardFilter filter = BoardFilter.Everything;

    /// <summary>The groups holding the records to show (?groups=1&amp;groups=2); none means every group.</summary>
    [SupplyParameterFromQuery(Name = "groups")] public int[]? Groups { get; set; }

    [SupplyParameterFromQuery(Name = "services")] public int[]? Services { get; set; }

    /// <summary>"all" shows every alert to a service manager; otherwise (?show=mine or nothing) only theirs.</summary>
    [SupplyParameterFromQuery(Name = "show")] public string? Show { get; set; }

    [Inject] private ServiceManagers Managers { get; set; } = default!;

    [Inject] private AlertReader Reader { get; set; } = default!;

    [Inject] private AlertActionService Actions { get; set; } = default!;

    [Inject] private CmdbCatalogue Catalogue { get; set; } = default!;

    [Inject] private OlaPolicyStore Policies { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string EmptyScope => (readMine, filter.Groups.Count > 0 || filter.Services.Count > 0) switch
    {
        (true, true) => " of what you manage in these groups and services",
        (true, false) => " of what you manage",
        (false, true) => " for these groups and services",
        _ => string.Empty,
    };

    /// <summary>Only the alerts of what the signed-in service manager manages.</summary>
    private bool Mine => manager is not null && !string.Equals(Show, "all", StringComparison.OrdinalIgnoreCase);

    private string CountText => alerts switch
    {
        null => "Loading the open alerts...",
        { Total: 1 } => "1 open alert, nearest breach first.",
        var a when a.Total > a.Alerts.Count => $"{a.Total} open alerts; the {a.Alerts.Count} nearest to breach are shown. Choose groups or services to see the rest.",
        var a => $"{a.Total} open alerts, nearest breach first.",
    };

    protected override async Task OnInitializedAsync()
    {
        catalogue = await Catalogue.GetAsync();
        book = await Policies.GetAsync();
        manager = await Managers.ManagerIdAsync(Actor.User);
    }

    protected override async Task OnParametersSetAsync()
    {
        var asked = BoardFilter.Of(Groups, Services);
        if (alerts is not null && asked.Groups.SetEquals(filter.Groups) && asked.Services.SetEquals(filter.Services) && readMine == Mine) return;
        filter = asked;
        await ReadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        // Not while prerendering: the countdowns tick once the circuit is live.
        if (!firstRender) return;
        ticker = SecondTicker.Start(Time, () => alerts?.Alerts.Any(a => a.IsRunning) == true ? InvokeAsync(Tick) : Task.CompletedTask);
    }

    protected override bool Follows(BoardEvent change) => Followed.Contains(change.Type) && filter.Matches(change);

    protected override Task OnChangesAsync(IReadOnlyList<BoardEvent> changes) => ReadAsync();

    private async Task ReadAsync()
    {
        readMine = Mine;
        alerts = await Reader.GetAsync(filter, Actor.User, managedBy: readMine ? manager : null);
        now = alerts.ReadAt;
    }

    private void Tick()
    {
        now = Time.GetUtcNow();
        StateHasChanged();
    }

    private ClockCountdown CountdownOf(OpenAlert alert) =>
        alerts is { } list && book is not null && !alert.IsPingPong
            ? ClockCountdown.Of(alert.Used, alert.Target, alert.IsRunning, list.ReadAt, book.Calendar(alert.Calendar), now)
            : new ClockCountdown(alert.Used, alert.Target, false);

    private async Task StartAsync(OpenAlert alert, AlertResponse response)
    {
        var parameters = new DialogParameters<AlertActionDialog> { { d => d.Alert, alert }, { d => d.Response, response } };
        var dialog = await Dialogs.ShowAsync<AlertActionDialog>($"{AlertWords.Button(alert, response)}: {alert.Number}", parameters, Options);
        if (await dialog.Result is { Canceled: false, Data: AlertActionRequest request }) await ActAsync(alert, request);
    }

    private async Task ActAsync(OpenAlert alert, AlertActionRequest request)
    {
        acting = alert.Id;
        try
        {
            var result = await Actions.ActAsync(alert.Id, request, Actor);
            if (result.Succeeded)
            {
                refusal = null;
                Snackbar.Add($"{alert.Number}: {Record.Describe(request.Response).ToLowerInvariant()}; the alert is acknowledged.", Severity.Success);
            }
            else
            {
                refusal = (AlertWords.Action(request.Response), result.Message);
                Snackbar.Add($"{AlertWords.Action(request.Response)} was not done: {result.Message}", Severity.Error);
            }
            // Read again either way: a refusal may come from a change someone else made meanwhile.
            await ReadAsync();
        }
        finally
        {
            acting = null;
        }
    }

    /// <summary>Puts the chosen groups or services in the address; the new query parameters then read the alerts again.</summary>
    private void Apply(IEnumerable<int>? groups = null, IEnumerable<int>? services = null, string? show = null)
    {
        var query = new Dictionary<string, object?>
        {
            ["groups"] = Ids(groups ?? Groups),
            ["services"] = Ids(services ?? Services),
            ["show"] = show ?? Show,
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query), replace: true);
    }

    private static int[]? Ids(IEnumerable<int>? ids) => ids?.Where(i => i > 0).Distinct().Order().ToArray() is { Length: > 0 } chosen ? chosen : null;

    private string GroupName(int id) => catalogue?.Groups.FirstOrDefault(g => g.Id == id)?.Name ?? $"Group {id}";

    private string ServiceName(int id) => catalogue?.Services.FirstOrDefault(s => s.Id == id)?.Name ?? $"Service {id}";

    public override void Dispose()
    {
        ticker?.Dispose();
        base.Dispose();
    }
}
