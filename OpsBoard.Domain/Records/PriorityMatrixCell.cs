namespace OpsBoard.Domain.Records;

public readonly record struct PriorityMatrixCell(Impact Impact, Urgency Urgency, Priority Priority);
