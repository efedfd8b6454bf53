using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Primitives;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Reports;

/// <summary>
/// The reports: a period and filters kept in the address (so a report can be bookmarked), and a tab per report with its
/// chart, its table and the CSV of that table. The figures are read once per request, for all the reports.
/// </summary>
public sealed partial class ReportsPage : ComponentBase
{
    private static readonly IReadOnlyList<ReportName> All = Enum.GetValues<ReportName>();

    private CatalogueView? catalogue;
    private ReportNames names = ReportNames.None;
    private IReadOnlyList<ReportResult>? results;
    private ReportRequest? request;
    private string? problem;
    private string? readKey;
    private string preset = ReportPeriods.Default;
    private string? fromDay;
    private string? toDay;
    private IReadOnlyCollection<int> services = [];
    private IReadOnlyCollection<int> groups = [];
    private IReadOnlyCollection<Priority> priorities = [];
    private IReadOnlyCollection<RecordKind> kinds = [];
    private int active;

    /// <summary>A preset (today, last-7-days, last-30-days, this-month, last-month) or custom with from and to.</summary>
    [SupplyParameterFromQuery(Name = "period")] public string? Period { get; set; }

    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }

    [SupplyParameterFromQuery(Name = "services")] public string[]? Services { get; set; }

    [SupplyParameterFromQuery(Name = "groups")] public string[]? Groups { get; set; }

    [SupplyParameterFromQuery(Name = "priorities")] public string[]? Priorities { get; set; }

    [SupplyParameterFromQuery(Name = "kinds")] public string[]? Kinds { get; set; }

    /// <summary>The tab shown, e.g. "time-to-resolve".</summary>
    [SupplyParameterFromQuery(Name = "report")] public string? Report { get; set; }

    [Inject] private ReportRunner Runner { get; set; } = default!;

    [Inject] private CmdbCatalogue Catalogue { get; set; } = default!;

    [Inject] private Microsoft.EntityFrameworkCore.IDbContextFactory<Data.OpsBoardDb> Dbs { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string PeriodText => request is null ? string.Empty
        : $"From {LondonTime.Format(request.From)} to {LondonTime.Format(request.To)} (Europe/London), counted by {ReportBuckets.SizeFor(request.From, request.To).ToString().ToLowerInvariant()}. "
          + "Security incidents count only for those who may see them.";

    protected override async Task OnInitializedAsync()
    {
        catalogue = await Catalogue.GetAsync();
        names = await ReportNames.ReadAsync(Dbs);
    }

    protected override async Task OnParametersSetAsync()
    {
        active = Math.Max(0, All.ToList().IndexOf(ReportSlugs.FromSlug(Report) ?? ReportName.Volumes));
        var key = string.Join('&', Query().Select(p => $"{p.Key}={p.Value}"));
        if (key == readKey) return;
        readKey = key;
        await ReadAsync();
    }

    private IEnumerable<KeyValuePair<string, StringValues>> Query() =>
    [
        new("period", Period), new("from", From), new("to", To), new("services", Services), new("groups", Groups),
        new("priorities", Priorities), new("kinds", Kinds),
    ];

    private async Task ReadAsync()
    {
        var read = ReportQuery.Read(Query().Where(p => !StringValues.IsNullOrEmpty(p.Value)), Time.GetUtcNow());
        request = read.Request;
        problem = read.Problem;
        if (request is null)
        {
            results = null;
            return;
        }
        preset = read.Preset ?? ReportPeriods.Custom;
        fromDay = ReportQuery.Day(ReportPeriods.FirstDay(request.From));
        toDay = ReportQuery.Day(ReportPeriods.LastDay(request.To));
        services = [.. request.Services ?? []];
        groups = [.. request.Groups ?? []];
        priorities = [.. request.Priorities ?? []];
        kinds = [.. request.Kinds ?? []];
        results = await Runner.RunAsync(All, request, Actor.User);
    }

    private static string PresetLabel(string? key) => ReportPeriods.Presets.FirstOrDefault(p => p.Key == key).Label ?? string.Empty;

    private string CsvHref(ReportName name) => $"api/reports/{name.Slug()}.csv?{ReportQuery.Write(request!)}";

    private void Select(int index)
    {
        active = index;
        Navigate(All[index]);
    }

    private void Apply(string? period = null, string? from = null, string? to = null, IEnumerable<int>? services = null, IEnumerable<int>? groups = null,
        IEnumerable<Priority>? priorities = null, IEnumerable<RecordKind>? kinds = null)
    {
        preset = period ?? preset;
        if (preset == ReportPeriods.Custom)
        {
            fromDay = from ?? fromDay;
            toDay = to ?? toDay;
        }
        this.services = services?.ToList() ?? this.services;
        this.groups = groups?.ToList() ?? this.groups;
        this.priorities = priorities?.ToList() ?? this.priorities;
        this.kinds = kinds?.ToList() ?? this.kinds;
        Navigate(All[active]);
    }

    private void Navigate(ReportName report)
    {
        var parts = new List<string> { "period=" + preset };
        if (preset == ReportPeriods.Custom) parts.AddRange(["from=" + Uri.EscapeDataString(fromDay ?? string.Empty), "to=" + Uri.EscapeDataString(toDay ?? string.Empty)]);
        parts.AddRange(ReportQuery.Filters(new ReportRequest(default, default, [.. services], [.. groups], [.. priorities], [.. kinds])));
        parts.Add("report=" + report.Slug());
        Navigation.NavigateTo("reports?" + string.Join('&', parts));
    }
}
