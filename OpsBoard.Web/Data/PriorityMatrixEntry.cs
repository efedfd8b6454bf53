using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data;

/// <summary>One cell of the stored priority matrix, so administrators can change it.</summary>
public sealed class PriorityMatrixEntry
{
    public Impact Impact { get; set; }

    public Urgency Urgency { get; set; }

    public Priority Priority { get; set; }
}
