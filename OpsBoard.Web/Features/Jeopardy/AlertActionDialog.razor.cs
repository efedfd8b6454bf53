using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Ola;
using OpsBoard.Web.Features.Cmdb;

namespace OpsBoard.Web.Features.Jeopardy;

public sealed partial class AlertActionDialog
{
    private CatalogueView? catalogue;
    private AlertResponse response;
    private int groupId;
    private int assigneeId;
    private string? note;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired] public OpenAlert Alert { get; set; } = default!;

    /// <summary>The action asked for; Escalate lets the person choose the next line or the service manager.</summary>
    [Parameter, EditorRequired] public AlertResponse Response { get; set; }

    [Inject] private CmdbCatalogue Catalogue { get; set; } = default!;

    private bool Escalating => Response is AlertResponse.Escalate or AlertResponse.EscalateToServiceManager;

    private IReadOnlyList<GroupOption> NextLineGroups => catalogue?.Groups.Where(g => g.Line == Alert.SupportLine + 1).ToList() ?? [];

    private IReadOnlyList<PersonOption> Members => catalogue?.Groups.FirstOrDefault(g => g.Id == groupId)?.Members ?? [];

    private bool NeedsGroup => response is AlertResponse.Reassign or AlertResponse.Escalate;

    private bool CanSubmit => !string.IsNullOrWhiteSpace(note) && (!NeedsGroup || groupId != 0);

    private string Prompt => response switch
    {
        AlertResponse.Reassign when Alert.IsPingPong => $"{AlertWords.PingPong(Alert)}. Assign {Alert.Number} to one group, or a person in {Alert.Group}, and keep it there.",
        AlertResponse.Reassign => $"Pass {Alert.Number} to another group or person, held by {Alert.Group} now.",
        AlertResponse.Escalate or AlertResponse.EscalateToServiceManager => $"Escalate {Alert.Number}, held by {Alert.Group} (line {Alert.SupportLine}).",
        AlertResponse.Chase => $"Chase {Alert.Group} about {Alert.Number}; the chase goes into the record's history.",
        _ => $"Acknowledge the alert on {Alert.Number} and change nothing else: say what was done or why the risk is accepted.",
    };

    private string SubmitText => response switch
    {
        AlertResponse.Reassign when Alert.IsPingPong => "Assign and acknowledge",
        AlertResponse.Reassign => "Reassign and acknowledge",
        AlertResponse.Escalate or AlertResponse.EscalateToServiceManager => "Escalate and acknowledge",
        AlertResponse.Chase => "Chase and acknowledge",
        _ => "Acknowledge",
    };

    protected override async Task OnInitializedAsync()
    {
        catalogue = await Catalogue.GetAsync();
        response = Response;
        if (Response == AlertResponse.Reassign)
        {
            groupId = Alert.GroupId;
            assigneeId = Alert.AssigneeId ?? 0;
        }
        else if (Escalating)
        {
            // A ping-pong alert is escalated only to the service manager: another line would pass the record on again.
            response = Alert.IsPingPong ? AlertResponse.EscalateToServiceManager
                : NextLineGroups.Count > 0 || Alert.ServiceManager is null ? AlertResponse.Escalate : AlertResponse.EscalateToServiceManager;
            // From the SOC, the service's own 2nd line group is the usual next step.
            var usual = Alert.SupportLine == 1 ? catalogue.Services.FirstOrDefault(s => s.Id == Alert.ServiceId)?.SecondLineGroupId : null;
            groupId = NextLineGroups.Count == 1 ? NextLineGroups[0].Id : usual ?? 0;
        }
    }

    private void GroupChanged(int id)
    {
        groupId = id;
        assigneeId = 0;
    }

    private string GroupName(int id) => catalogue?.Groups.FirstOrDefault(g => g.Id == id)?.Name ?? string.Empty;

    private string PersonName(int id) => id == 0 ? "Anyone in the group" : Members.FirstOrDefault(p => p.Id == id)?.Name ?? string.Empty;

    private void Submit()
    {
        if (!CanSubmit) return;
        Dialog.Close(DialogResult.Ok(new AlertActionRequest
        {
            Response = response,
            Note = note!.Trim(),
            GroupId = NeedsGroup ? groupId : null,
            AssigneeId = response == AlertResponse.Reassign && assigneeId != 0 ? assigneeId : null,
        }));
    }
}
