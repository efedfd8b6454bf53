using System.Diagnostics.CodeAnalysis;
using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Cmdb;

/// <summary>A new CMDB item, or the refusal that says which field is wrong and why.</summary>
public readonly record struct CmdbResult<T>(T? Item, Outcome Outcome)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Item))]
    public bool Succeeded => Item is not null;

    public static CmdbResult<T> Refused(Outcome refusal) => new(null, refusal);

    public static CmdbResult<T> Done(T item) => new(item, Outcome.Done);
}
