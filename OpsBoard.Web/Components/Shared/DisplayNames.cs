using System.Text;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Components.Shared;

/// <summary>The words people read for the process's enum values: "Service request", "Awaiting caller", "Walk-in".</summary>
public static class DisplayNames
{
    public static string Of(Status status) => StatusMachine.Describe(status);

    public static string Of(Channel channel) => channel == Channel.WalkIn ? "Walk-in" : Words(channel.ToString());

    public static string Of(RecordAction action) => action switch
    {
        RecordAction.Pend => "Set pending",
        RecordAction.Cancel => "Cancel record",
        RecordAction.Reclassify => "Change impact or urgency",
        _ => Words(action.ToString()),
    };

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Words(value.ToString());

    public static string Of<TEnum>(TEnum? value, string none = "-") where TEnum : struct, Enum => value is { } v ? Of(v) : none;

    /// <summary>Test ids and element ids for an action, e.g. "add-note" for AddNote.</summary>
    public static string Slug(RecordAction action) => Words(action.ToString()).ToLowerInvariant().Replace(' ', '-');

    // "NoFaultFound" -> "No fault found".
    private static string Words(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
