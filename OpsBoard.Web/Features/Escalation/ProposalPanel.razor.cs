using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Escalation;

public sealed partial class ProposalPanel : LiveComponent
{
    private static readonly DialogOptions Options = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true };

    private OpenProposals? proposals;
    private long? acting;
    private string? refusal;

    [Inject] private ProposalReader Reader { get; set; } = default!;

    [Inject] private ProposalDecisions Decisions { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync() => proposals = await Reader.GetAsync(Actor.User);

    protected override bool Follows(BoardEvent change) => change.Type == BoardEventType.ProposalChanged;

    protected override async Task OnChangesAsync(IReadOnlyList<BoardEvent> changes) => proposals = await Reader.GetAsync(Actor.User);

    private async Task AcceptAsync(OpenProposal proposal)
    {
        var parameters = new DialogParameters<AcceptProposalDialog> { { d => d.Proposal, proposal } };
        var dialog = await Dialogs.ShowAsync<AcceptProposalDialog>($"Accept: {ProposalWords.Heading(proposal)}", parameters, Options);
        if (await dialog.Result is not { Canceled: false, Data: ProposalAcceptRequest request }) return;
        await DecideAsync(proposal, () => Decisions.AcceptAsync(proposal.Id, request, Actor), r => $"{r.Number} is declared a major incident; the others are its children.");
    }

    private async Task DismissAsync(OpenProposal proposal)
    {
        var parameters = new DialogParameters<DismissProposalDialog> { { d => d.Proposal, proposal } };
        var dialog = await Dialogs.ShowAsync<DismissProposalDialog>($"Dismiss: {ProposalWords.Heading(proposal)}", parameters, Options);
        if (await dialog.Result is not { Canceled: false, Data: ProposalDismissRequest request }) return;
        await DecideAsync(proposal, () => Decisions.DismissAsync(proposal.Id, request, Actor), _ => "The proposal is dismissed; its incidents will not be proposed again.");
    }

    private async Task DecideAsync(OpenProposal proposal, Func<Task<ChangeResult>> decide, Func<ChangeResult, string> done)
    {
        acting = proposal.Id;
        try
        {
            var result = await decide();
            refusal = result.Succeeded ? null : result.Message;
            Snackbar.Add(result.Succeeded ? done(result) : $"Not done: {result.Message}", result.Succeeded ? Severity.Success : Severity.Error);
            proposals = await Reader.GetAsync(Actor.User);
        }
        finally
        {
            acting = null;
        }
    }
}
