namespace OpsBoard.Domain.Records;

/// <summary>Record numbers such as INC0000001: a prefix per kind and seven digits.</summary>
public static class RecordNumber
{
    public static string Prefix(RecordKind kind) => kind switch
    {
        RecordKind.Incident => "INC",
        RecordKind.ServiceRequest => "REQ",
        RecordKind.Event => "EVT",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind."),
    };

    public static string Format(RecordKind kind, long sequence) => $"{Prefix(kind)}{sequence:D7}";

    public static bool TryParseKind(string number, out RecordKind kind)
    {
        foreach (var candidate in Enum.GetValues<RecordKind>())
        {
            if (number.StartsWith(Prefix(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
