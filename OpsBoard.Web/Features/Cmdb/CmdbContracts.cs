using OpsBoard.Web.Features.Cmdb.Sheets;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>A CMDB list for its admin screen: the columns, every row (retired ones too), and what the reference columns may name.</summary>
public sealed record CmdbSheetView(
    CmdbKind Kind, IReadOnlyList<string> Columns, IReadOnlyList<SheetRow> Rows, IReadOnlyList<PersonChoice> People, IReadOnlyList<string> Groups, IReadOnlyList<string> Services);

/// <summary>A current person a form may name, by email.</summary>
public sealed record PersonChoice(string Name, string Email)
{
    public string Label => $"{Name} ({Email})";
}

/// <summary>An import's error: the line of the file, the column, and what to do about it.</summary>
public sealed record ImportError(int Line, string Column, string Problem)
{
    public override string ToString() => $"Line {Line}, column {Column}: {Problem}";
}

/// <summary>What one data row of an import does (or would do).</summary>
public sealed record ImportRow(int Line, RowEffect Effect, string? Subject, string? Change);

/// <summary>
/// An import's preview: each row's effect and every error. <see cref="Applied"/> says whether it was saved: only a file with
/// no error is, and then all of it in one transaction.
/// </summary>
public sealed record ImportPreview(CmdbKind Kind, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors, bool Applied)
{
    public int Adding => Rows.Count(r => r.Effect == RowEffect.Added);

    public int Changing => Rows.Count(r => r.Effect == RowEffect.Changed);

    public int Unchanged => Rows.Count(r => r.Effect == RowEffect.Unchanged);

    public bool CanImport => Errors.Count == 0 && Adding + Changing > 0;
}
