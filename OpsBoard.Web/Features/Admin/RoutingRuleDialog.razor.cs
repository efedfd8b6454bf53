using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Events;
using OpsBoard.Web.Features.Events;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Admin;

public sealed partial class RoutingRuleDialog
{
    // Problems shown beside a field; any other goes in the summary at the top.
    private static readonly HashSet<string> FieldKeys = ["name", "field", "labelName", "pattern", "isRegex", "group", "reopenWindow"];

    private Dictionary<string, string> problems = [];
    private string? name;
    private RoutingField matchOn = RoutingField.Source;
    private string? labelName;
    private string? pattern;
    private bool isRegex;
    private int groupId;
    private string? window = DurationText.Format(RoutingRule.DefaultReopenWindow);
    private bool enabled = true;
    private bool saving;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired] public RoutingRuleList List { get; set; } = default!;

    /// <summary>The rule to edit; null to add one at the end of the list.</summary>
    [Parameter] public RoutingRuleView? Existing { get; set; }

    [Inject] private RoutingRuleAdmin Admin { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    private IEnumerable<string> OtherProblems => problems.Where(p => !FieldKeys.Contains(p.Key)).Select(p => p.Value);

    private string PatternHint => matchOn == RoutingField.Integration
        ? "The integration's id, from Admin > Integrations"
        : isRegex ? "A .NET regular expression that must match the whole value, e.g. spine-.*" : "The whole value, ignoring case";

    protected override void OnInitialized()
    {
        if (Existing is not { } rule) return;
        (name, matchOn, labelName, pattern, isRegex, groupId, enabled) =
            (rule.Name, rule.Field, rule.LabelName, rule.Pattern, rule.IsRegex, rule.GroupId, rule.Enabled);
        window = DurationText.Format(rule.ReopenWindow);
    }

    public static string FieldName(RoutingField option) => option switch
    {
        RoutingField.Integration => "Integration",
        RoutingField.Source => "Source",
        RoutingField.Component => "Component",
        RoutingField.Group => "Group (the event's)",
        RoutingField.Class => "Class",
        RoutingField.Label => "Label",
        _ => option.ToString(),
    };

    private string GroupName(int id) => List.Groups.FirstOrDefault(g => g.Id == id)?.Name ?? string.Empty;

    private bool Has(string key) => problems.ContainsKey(key);

    private string? Problem(string key) => problems.GetValueOrDefault(key);

    private void Clear(params string[] keys)
    {
        foreach (var key in keys) problems.Remove(key);
    }

    private async Task SaveAsync()
    {
        if (!DurationText.TryParse(window, out var reopen, out var windowProblem))
        {
            problems = new Dictionary<string, string> { ["reopenWindow"] = windowProblem! };
            return;
        }
        var input = new RoutingRuleInput(name, matchOn, labelName, pattern, isRegex, groupId, reopen, enabled);
        saving = true;
        try
        {
            var result = Existing is null ? await Admin.CreateAsync(input, Actor.Name) : await Admin.UpdateAsync(Existing.Id, input, Actor.Name);
            if (result.Succeeded) Dialog.Close(DialogResult.Ok(result));
            else problems = new Dictionary<string, string>(result.Problems);
        }
        finally
        {
            saving = false;
        }
    }
}
