using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Cmdb;

namespace OpsBoard.Web.Features.Recording;

public sealed partial class NewRecordPage
{
    private const string KeepWithSoc = "Keep with the Service Operations Centre";

    private static readonly Channel[] PersonChannels = [Channel.Phone, Channel.Email, Channel.Portal, Channel.WalkIn];

    // Problems the form shows beside a field; any other key goes in the summary at the top.
    private static readonly HashSet<string> FieldKeys =
    [
        "kind", "caller", "channel", "title", "description", "serviceId", "configurationItemId", "configurationItem", "category",
        "impact", "urgency", "resolveAtFirstContact", "resolutionCode", "resolutionNote", "note", "assignmentGroupId", "group", "assigneeId", "assignee",
    ];

    private NewRecordForm form = new();
    private Dictionary<string, string> problems = [];
    private CatalogueView? catalogue;
    private PriorityMatrix? matrix;
    private bool saving;

    [Inject] private CmdbCatalogue Catalogue { get; set; } = default!;

    [Inject] private PriorityMatrixService Matrices { get; set; } = default!;

    [Inject] private RecordingService Recording { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private ServiceOption? SelectedService => catalogue?.Services.FirstOrDefault(s => s.Id == form.ServiceId);

    private GroupOption? SelectedGroup => catalogue?.Groups.FirstOrDefault(g => g.Id == form.AssignmentGroupId);

    private IEnumerable<string> OtherProblems => problems.Where(p => !FieldKeys.Contains(p.Key)).Select(p => p.Value);

    protected override async Task OnInitializedAsync()
    {
        catalogue = await Catalogue.GetAsync();
        matrix = await Matrices.GetAsync();
    }

    private bool Has(params string[] keys) => keys.Any(problems.ContainsKey);

    private string? Problem(params string[] keys) => keys.Select(k => problems.GetValueOrDefault(k)).FirstOrDefault(p => p is not null);

    private void Clear(params string[] keys)
    {
        foreach (var key in keys) problems.Remove(key);
    }

    private void KindChanged(RecordKind kind)
    {
        form.Kind = kind;
        // Suggest the usual first-contact code for the kind, unless the SOC already picked another.
        if (form.ResolutionCode is ResolutionCode.AdviceGiven or ResolutionCode.RequestFulfilled)
        {
            form.ResolutionCode = kind == RecordKind.ServiceRequest ? ResolutionCode.RequestFulfilled : ResolutionCode.AdviceGiven;
        }
        if (form.Category is not null && !Categories.For(kind).Contains(form.Category)) form.Category = null;
        Clear("kind", "category");
    }

    /// <summary>A new service clears the configuration item and suggests that service's 2nd line group.</summary>
    private void ServiceChanged(int serviceId)
    {
        form.ServiceId = serviceId;
        form.ConfigurationItemId = 0;
        form.AssignmentGroupId = SelectedService?.SecondLineGroupId ?? 0;
        form.AssigneeId = 0;
        Clear("serviceId", "configurationItemId", "configurationItem");
    }

    /// <summary>A configuration item suggests its owning group; without one (or "not known") the service's 2nd line group.</summary>
    private void ItemChanged(int itemId)
    {
        form.ConfigurationItemId = itemId;
        form.AssignmentGroupId = SelectedService?.Items.FirstOrDefault(i => i.Id == itemId)?.OwningGroupId ?? SelectedService?.SecondLineGroupId ?? 0;
        form.AssigneeId = 0;
        Clear("configurationItemId", "configurationItem", "assignmentGroupId");
    }

    private void GroupChanged(int groupId)
    {
        form.AssignmentGroupId = groupId;
        form.AssigneeId = 0;
        Clear("assignmentGroupId", "group", "assigneeId", "assignee", "resolveAtFirstContact");
    }

    private string ServiceName(int id) => id == 0 ? string.Empty : catalogue?.Services.FirstOrDefault(s => s.Id == id)?.Name ?? string.Empty;

    private string ItemName(int id) => id == 0 ? "Not known" : SelectedService?.Items.FirstOrDefault(i => i.Id == id)?.Name ?? string.Empty;

    private string GroupName(int id) => id == 0 ? KeepWithSoc : catalogue?.Groups.FirstOrDefault(g => g.Id == id)?.Name ?? string.Empty;

    private string PersonName(int id) => id == 0 ? $"Anyone in {SelectedGroup?.Name}" : SelectedGroup?.Members.FirstOrDefault(p => p.Id == id)?.Name ?? string.Empty;

    private async Task SubmitAsync()
    {
        saving = true;
        try
        {
            var result = await Recording.OpenAsync(form.ToRequest(), Actor.Name);
            if (!result.Succeeded)
            {
                problems = new Dictionary<string, string>(result.Problems);
                return;
            }
            problems = [];
            // A security incident leaves the view of a SOC analyst who recorded it: say so rather than open a page they may not see.
            var recorded = form.SecurityIncident || Record.IsSecurityCategory(form.Category);
            if (recorded && !Access.SecurityIncidents.CanSee(Actor.User))
            {
                Snackbar.Add(Records.SecurityIncidentNotice.Recorded(result.Number!).Message, Severity.Success);
                form = new NewRecordForm();
                return;
            }
            Snackbar.Add($"{result.Number} saved.", Severity.Success);
            Navigation.NavigateTo($"records/{result.Number}");
        }
        finally
        {
            saving = false;
        }
    }
}
