using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Web.Features.Admin;
using OpsBoard.Web.Features.Cmdb.Sheets;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Cmdb;

public sealed partial class CmdbRowDialog
{
    private string[] values = [];
    private Dictionary<string, string> problems = [];
    private bool saving;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired] public CmdbSheetView View { get; set; } = default!;

    /// <summary>The row to edit; null to add one.</summary>
    [Parameter] public SheetRow? Existing { get; set; }

    [Inject] private CmdbAdmin Admin { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    private IReadOnlyCollection<string> Members => GroupSheet.ParseMembers(values[View.Columns.ToList().IndexOf(GroupSheet.Members)]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    protected override void OnInitialized() =>
        values = Existing is { } row ? [.. row.Values] : SheetColumns.Blank(View.Kind, View.Columns);

    private void Set(int index, string? value)
    {
        values[index] = value ?? string.Empty;
        problems.Remove(View.Columns[index]);
    }

    private string? Problem(string column) => problems.GetValueOrDefault(column);

    private static string Slug(string column) => column.ToLowerInvariant().Replace(' ', '-');

    private static string YesNoLabel(string column) => column == GroupSheet.Security ? "The security group (security incidents go here)" : "Retired (kept on records, not offered on forms)";

    private string PersonLabel(string? email) =>
        string.IsNullOrEmpty(email) ? "None" : View.People.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase))?.Label ?? email;

    private static string NoneLabel(string? name) => string.IsNullOrEmpty(name) ? "None" : name;

    /// <summary>The current people, and whoever the row names now even if retired, so an edit shows what is there.</summary>
    private IEnumerable<PersonChoice> PeopleWith(string current)
    {
        var named = GroupSheet.ParseMembers(current).Where(e => !View.People.Any(p => string.Equals(p.Email, e, StringComparison.OrdinalIgnoreCase)));
        return View.People.Concat(named.Select(e => new PersonChoice(e, e)));
    }

    private IEnumerable<string> NamesWith(ColumnInput input, string current)
    {
        var names = input == ColumnInput.Service ? View.Services : View.Groups;
        return current.Length == 0 || names.Contains(current, StringComparer.OrdinalIgnoreCase) ? names : names.Append(current);
    }

    private async Task SaveAsync()
    {
        saving = true;
        try
        {
            var target = Existing is { } row ? RowTarget.Existing(row.Id) : RowTarget.New;
            var result = await Admin.SaveAsync(View.Kind, target, values, Actor.Name);
            if (result.Succeeded)
            {
                Dialog.Close(DialogResult.Ok(result));
                return;
            }
            problems = new Dictionary<string, string>(result.Problems);
        }
        finally
        {
            saving = false;
        }
    }
}
