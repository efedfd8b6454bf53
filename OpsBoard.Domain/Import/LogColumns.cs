namespace OpsBoard.Domain.Import;

/// <summary>Where each column the import reads sits in a log's header. Columns may come in any order; others are ignored.</summary>
public sealed class LogColumns
{
    public static IReadOnlyList<string> Required { get; } =
    [
        "number", "incident_state", "reassignment_count", "reopen_count", "sys_mod_count", "caller_id", "opened_by", "opened_at",
        "sys_updated_by", "sys_updated_at", "contact_type", "location", "category", "subcategory", "u_symptom", "impact", "urgency",
        "priority", "assignment_group", "assigned_to", "problem_id", "rfc", "closed_code", "resolved_by",
    ];

    private readonly Dictionary<string, int> index;

    private LogColumns(Dictionary<string, int> index, int count)
    {
        this.index = index;
        Count = count;
    }

    /// <summary>How many fields each row has.</summary>
    public int Count { get; }

    public int this[string column] => index[column];

    /// <summary>The columns of <paramref name="header"/>, or a sentence naming the ones it lacks.</summary>
    public static (LogColumns? Columns, string? Problem) Read(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) index.TryAdd(header[i].Trim(), i);
        var missing = Required.Where(c => !index.ContainsKey(c)).ToList();
        return missing.Count == 0
            ? (new LogColumns(index, header.Count), null)
            : (null, $"The header lacks {string.Join(", ", missing)}. An incident event log has one row per update with the columns {string.Join(", ", Required)} (others are ignored).");
    }
}
