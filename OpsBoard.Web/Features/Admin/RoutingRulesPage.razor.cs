using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Events;
using OpsBoard.Web.Features.Events;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Admin;

/// <summary>The routing rules: ordered list, add and edit in a dialog, enable, reorder, delete, and a "try it" box; every change goes through RoutingRuleAdmin.</summary>
public sealed partial class RoutingRulesPage
{
    private static readonly DialogOptions Options = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true };

    private RoutingRuleList? list;
    private string? trySource;
    private string? tryComponent;
    private string? tryGroup;
    private string? tryClass;
    private int? tryIntegration;
    private string? tryLabels;
    private string? labelProblem;
    private RoutingTrial? trial;

    [Inject] private RoutingRuleAdmin Admin { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync() => list = await Admin.ListAsync();

    private Task AddAsync() => OpenAsync("Add a routing rule", null);

    private Task EditAsync(RoutingRuleView rule) => OpenAsync($"Edit rule {rule.Order}: {rule.Name}", rule);

    private async Task OpenAsync(string title, RoutingRuleView? existing)
    {
        if (list is null) return;
        var parameters = new DialogParameters<RoutingRuleDialog> { { d => d.List, list }, { d => d.Existing, existing } };
        var dialog = await Dialogs.ShowAsync<RoutingRuleDialog>(title, parameters, Options);
        if (await dialog.Result is not { Canceled: false, Data: AdminResult result }) return;
        Report(result, "saved");
        await ReloadAsync();
    }

    private async Task SetEnabledAsync(RoutingRuleView rule, bool on)
    {
        Report(await Admin.SetEnabledAsync(rule.Id, on, Actor.Name), on ? "enabled" : "disabled");
        await ReloadAsync();
    }

    private async Task MoveAsync(RoutingRuleView rule, RuleMove move)
    {
        Report(await Admin.MoveAsync(rule.Id, move, Actor.Name), "moved");
        await ReloadAsync();
    }

    private async Task DeleteAsync(RoutingRuleView rule)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete rule {rule.Order}: {rule.Name}?",
            $"Events where {rule.Match} will be routed by the rules below it, or go to their service's 2nd line group.",
            yesText: "Delete rule", cancelText: "Keep it");
        if (confirmed != true) return;
        Report(await Admin.DeleteAsync(rule.Id, Actor.Name), "deleted");
        await ReloadAsync();
    }

    private void Report(AdminResult result, string verb)
    {
        if (!result.Succeeded) Snackbar.Add($"Not {verb}: {result.Message}", Severity.Error);
        else if (result.Unchanged) Snackbar.Add($"{result.Subject}: nothing changed.", Severity.Info);
        else Snackbar.Add($"{result.Subject} {verb}. {result.Change}.", Severity.Success);
    }

    private async Task ReloadAsync()
    {
        list = await Admin.ListAsync();
        trial = null;
    }

    private async Task TryAsync()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        labelProblem = null;
        foreach (var line in (tryLabels ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = line.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                labelProblem = $"'{line}' is not a label; write name=value, one a line.";
                trial = null;
                return;
            }
            labels[line[..at].Trim()] = line[(at + 1)..].Trim();
        }
        var facts = new EventFacts(tryIntegration ?? 0, Blank(trySource), Blank(tryComponent), Blank(tryGroup), Blank(tryClass), labels);
        trial = await Admin.TryAsync(facts);
    }

    private string TrialText(RoutingTrial result)
    {
        if (!result.Matched) return $"No rule matches: the integration's service's 2nd line group would take it ({result.Description}).";
        var group = list?.Groups.FirstOrDefault(g => g.Id == result.GroupId)?.Name ?? $"group {result.GroupId}";
        return $"{group} would take it: {result.Description}.";
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
