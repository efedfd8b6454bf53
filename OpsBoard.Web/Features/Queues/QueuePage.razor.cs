using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;

// Its own namespace: QueuePage in Features.Queues is already the page of rows that QueueService returns.
namespace OpsBoard.Web.Features.Queues.Pages;

/// <summary>
/// The queue: filters live in the query string so a view can be bookmarked; paging and sorting happen in SQL. It is live:
/// a change to a record that is or was on its filter reloads the page of rows the person is on, in their sort, and marks
/// the changed rows for a few seconds.
/// </summary>
public sealed partial class QueuePage : LiveComponent
{
    private static readonly Dictionary<string, QueueSort> Sorts = new()
    {
        [nameof(QueueRow.Number)] = QueueSort.Number,
        [nameof(QueueRow.Priority)] = QueueSort.Priority,
        [nameof(QueueRow.Title)] = QueueSort.Title,
        [nameof(QueueRow.Status)] = QueueSort.Status,
        [nameof(QueueRow.Service)] = QueueSort.Service,
        [nameof(QueueRow.AssignmentGroup)] = QueueSort.Group,
        [nameof(QueueRow.OpenedAt)] = QueueSort.Opened,
        [nameof(QueueRow.UpdatedAt)] = QueueSort.Updated,
    };

    private MudDataGrid<QueueRow>? grid;
    private CatalogueView? catalogue;
    private QueueFilter? shown;
    private bool loaded;
    private ChangedRows? changed;
    private IReadOnlyList<QueueRow> rows = [];
    private string liveNote = string.Empty;
    private HashSet<QueueRow> selected = [];
    private bool canLink;

    // Set with the filter, read by the feed's thread.
    private volatile QueueFilter? following;

    [SupplyParameterFromQuery(Name = "group")] public int? Group { get; set; }

    [SupplyParameterFromQuery(Name = "service")] public int? Service { get; set; }

    [SupplyParameterFromQuery(Name = "status")] public string? StatusName { get; set; }

    [SupplyParameterFromQuery(Name = "priority")] public string? PriorityName { get; set; }

    [SupplyParameterFromQuery(Name = "kind")] public string? KindName { get; set; }

    /// <summary>Open only is on unless the address says open=false.</summary>
    [SupplyParameterFromQuery(Name = "open")] public bool? Open { get; set; }

    [SupplyParameterFromQuery(Name = "q")] public string? Text { get; set; }

    [Inject] private QueueService Queue { get; set; } = default!;

    [Inject] private CmdbCatalogue Catalogue { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Inject] private Recording.Actor Actor { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private bool OpenOnlySwitch => Open ?? true;

    // A chosen status says exactly what to show, so Open only steps aside rather than hide everything.
    private QueueFilter Filter => new()
    {
        GroupId = Group is > 0 ? Group : null,
        ServiceId = Service is > 0 ? Service : null,
        Status = Parse<Status>(StatusName),
        Priority = Parse<Priority>(PriorityName),
        Kind = Parse<RecordKind>(KindName),
        OpenOnly = Parse<Status>(StatusName) is null && OpenOnlySwitch,
        Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
    };

    protected override async Task OnInitializedAsync()
    {
        canLink = MajorIncidents.MajorIncidentRules.CanRun(Actor.User);
        changed = new ChangedRows(Clock, () => InvokeAsync(StateHasChanged));
        catalogue = await Catalogue.GetAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        var filter = Filter;
        if (filter == shown) return;
        var first = shown is null;
        shown = filter;
        following = filter;
        // The grid loads itself on its first render; afterwards a new filter starts again from page one.
        if (first || grid is null) return;
        if (grid.CurrentPage != 0)
        {
            grid.NavigateTo(Page.First);
        }
        else
        {
            await grid.ReloadServerData();
        }
    }

    private async Task<GridData<QueueRow>> LoadAsync(GridState<QueueRow> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var request = new QueueRequest(Filter, state.Page, state.PageSize,
            sort is not null && Sorts.TryGetValue(sort.SortBy, out var by) ? by : QueueSort.Priority, sort?.Descending ?? false);
        try
        {
            var page = await Queue.SearchAsync(request, Actor.User, ct);
            loaded = true;
            rows = page.Rows;
            return new GridData<QueueRow> { Items = page.Rows, TotalItems = page.Total };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // A newer request replaced this one; its rows are on their way.
            return new GridData<QueueRow> { Items = [], TotalItems = 0 };
        }
    }

    protected override bool Follows(BoardEvent change) => following?.Follows(change) ?? false;

    /// <summary>Reloads the page of rows shown, keeping the grid's page and sort, so changed rows update and new ones take their place.</summary>
    protected override async Task OnChangesAsync(IReadOnlyList<BoardEvent> changes)
    {
        if (grid is null || changed is null) return;
        changed.Mark(changes);
        await grid.ReloadServerData();
        // Fewer records than before can leave the person past the last page: show them the last one there is.
        if (rows.Count == 0 && grid.CurrentPage > 0) grid.NavigateTo(Page.Last);
        var marked = rows.Where(r => changed.Of(r.Number) is not null).Select(r => r.Number).ToList();
        if (marked.Count > 0)
        {
            liveNote = $"{string.Join(", ", marked.Take(3))}{(marked.Count > 3 ? $" and {marked.Count - 3} more" : string.Empty)} " +
                $"changed at {LondonTime.ToLocal(Clock.GetUtcNow()):HH:mm:ss}.";
        }
    }

    private string RowClass(QueueRow row, int index) => changed?.Of(row.Number) is not null ? "changed-row" : string.Empty;

    private static string ChangeIcon(RowChange change) => change == RowChange.Added ? Icons.Material.Filled.AddCircleOutline : Icons.Material.Filled.Update;

    public override void Dispose()
    {
        changed?.Dispose();
        base.Dispose();
    }

    /// <summary>Puts the changed filter in the address; the new query parameters then reload the grid.</summary>
    private void Apply(int? group = null, int? service = null, string? status = null, string? priority = null, string? kind = null,
        bool? openOnly = null, string? text = null)
    {
        var query = new Dictionary<string, object?>
        {
            ["group"] = (group ?? Group) is > 0 and var g ? g : null,
            ["service"] = (service ?? Service) is > 0 and var s ? s : null,
            ["status"] = NullIfEmpty(status ?? Filter.Status?.ToString()),
            ["priority"] = NullIfEmpty(priority ?? Filter.Priority?.ToString()),
            ["kind"] = NullIfEmpty(kind ?? Filter.Kind?.ToString()),
            ["open"] = (openOnly ?? OpenOnlySwitch) ? null : false,
            ["q"] = NullIfEmpty(text ?? Text),
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query), replace: true);
    }

    private string GroupName(int id) => id == 0 ? "Any group" : catalogue?.Groups.FirstOrDefault(g => g.Id == id)?.Name ?? $"Group {id}";

    private string ServiceName(int id) => id == 0 ? "Any service" : catalogue?.Services.FirstOrDefault(s => s.Id == id)?.Name ?? $"Service {id}";

    private static string Describe<TEnum>(string? value, string any) where TEnum : struct, Enum =>
        Parse<TEnum>(value) is { } parsed ? DisplayNames.Of(parsed) : any;

    private static TEnum? Parse<TEnum>(string? value) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Links the rows picked to an open major incident as its children (several at once, from the queue).</summary>
    private async Task LinkSelectedAsync()
    {
        var numbers = selected.Select(r => r.Number).Order().ToList();
        var dialog = await Dialogs.ShowAsync<MajorIncidents.LinkToMajorIncidentDialog>($"Link {numbers.Count} to a major incident",
            new DialogParameters<MajorIncidents.LinkToMajorIncidentDialog> { { d => d.Numbers, numbers } },
            new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: string parent }) return;
        Snackbar.Add($"Linked {string.Join(", ", numbers)} to {parent}.", Severity.Success);
        selected = [];
    }
}
