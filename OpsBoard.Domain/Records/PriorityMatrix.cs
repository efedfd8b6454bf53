namespace OpsBoard.Domain.Records;

/// <summary>Priority from impact and urgency, as data: administrators may change it.</summary>
public sealed class PriorityMatrix
{
    private readonly IReadOnlyDictionary<(Impact, Urgency), Priority> cells;

    public PriorityMatrix(IEnumerable<PriorityMatrixCell> cells)
    {
        var map = cells.ToDictionary(c => (c.Impact, c.Urgency), c => c.Priority);
        var missing = (from i in Enum.GetValues<Impact>()
                       from u in Enum.GetValues<Urgency>()
                       where !map.ContainsKey((i, u))
                       select $"{i} impact x {u} urgency").ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The priority matrix has no priority for: {string.Join(", ", missing)}.", nameof(cells));
        }
        this.cells = map;
    }

    /// <summary>PROCESS.md's default: P1 for high impact and high urgency down to P5 for low and low.</summary>
    public static PriorityMatrix Default { get; } = new(DefaultCells);

    public static IReadOnlyList<PriorityMatrixCell> DefaultCells =>
    [
        new(Impact.High, Urgency.High, Priority.P1),
        new(Impact.High, Urgency.Medium, Priority.P2),
        new(Impact.High, Urgency.Low, Priority.P3),
        new(Impact.Medium, Urgency.High, Priority.P2),
        new(Impact.Medium, Urgency.Medium, Priority.P3),
        new(Impact.Medium, Urgency.Low, Priority.P4),
        new(Impact.Low, Urgency.High, Priority.P3),
        new(Impact.Low, Urgency.Medium, Priority.P4),
        new(Impact.Low, Urgency.Low, Priority.P5),
    ];

    public IEnumerable<PriorityMatrixCell> Cells => cells.Select(c => new PriorityMatrixCell(c.Key.Item1, c.Key.Item2, c.Value));

    public Priority For(Impact impact, Urgency urgency) => cells[(impact, urgency)];
}
