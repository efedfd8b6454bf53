using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace OpsBoard.Web.Features.Admin;

/// <summary>The audit log: newest first, paged in SQL, filtered by area and by text.</summary>
public sealed partial class AuditLogPage
{
    private const string AnyArea = "Any area";

    private MudDataGrid<AuditRow>? grid;
    private IReadOnlyList<string> areas = [];
    private string area = string.Empty;
    private string? text;
    private bool loaded;

    [Inject] private AuditReader Reader { get; set; } = default!;

    private bool Filtered => area.Length > 0 || !string.IsNullOrWhiteSpace(text);

    protected override async Task OnInitializedAsync() => areas = await Reader.AreasAsync();

    private async Task<GridData<AuditRow>> LoadAsync(GridState<AuditRow> state, CancellationToken ct)
    {
        try
        {
            var page = await Reader.SearchAsync(new AuditQuery(area.Length == 0 ? null : area, text, state.Page, state.PageSize), ct);
            loaded = true;
            return new GridData<AuditRow> { Items = page.Rows, TotalItems = page.Total };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // A newer request replaced this one; its rows are on their way.
            return new GridData<AuditRow> { Items = [], TotalItems = 0 };
        }
    }

    private Task AreaChanged(string? value)
    {
        area = value ?? string.Empty;
        return ReloadAsync();
    }

    private Task TextChanged(string? value)
    {
        text = value;
        return ReloadAsync();
    }

    // A new filter starts again from the first page.
    private async Task ReloadAsync()
    {
        if (grid is null) return;
        if (grid.CurrentPage != 0) grid.NavigateTo(Page.First);
        else await grid.ReloadServerData();
    }
}
