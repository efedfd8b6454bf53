using System.Linq.Expressions;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data;

/// <summary>Record conditions that queries share, written once in a form the database can run.</summary>
public static class RecordQueries
{
    /// <summary>New, Assigned, In progress or Pending: <see cref="StatusMachine.IsOpen"/> as SQL.</summary>
    public static readonly Expression<Func<Record, bool>> IsOpen =
        r => r.Status == Status.New || r.Status == Status.Assigned || r.Status == Status.InProgress || r.Status == Status.Pending;
}
