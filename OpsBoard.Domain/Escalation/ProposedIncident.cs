namespace OpsBoard.Domain.Escalation;

/// <summary>One incident of a proposal, and when it joined it.</summary>
public sealed class ProposedIncident
{
    private ProposedIncident()
    {
    }

    public ProposedIncident(long recordId, DateTimeOffset addedAt)
    {
        RecordId = recordId;
        AddedAt = addedAt;
    }

    public long Id { get; private set; }

    public long ProposalId { get; private set; }

    public long RecordId { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
