using System.Text.RegularExpressions;

namespace OpsBoard.Web.Features.Events;

/// <summary>The rules for text from monitoring tools, whichever API it came through: printable, within its length, and summaries without markup.</summary>
public static partial class EventText
{
    /// <summary>Why <paramref name="text"/> cannot be stored as <paramref name="name"/>, or null when it can.</summary>
    public static string? Problem(string name, string text, int maxLength) =>
        text.Length > maxLength ? $"{name} is {text.Length:N0} characters; the most is {maxLength:N0}."
        : text.Any(IsControl) ? $"{name} contains control characters; send printable text (tabs and line breaks are fine)."
        : null;

    /// <summary>A summary becomes a record's title: plain words, never markup.</summary>
    public static string? MarkupProblem(string name, string text) =>
        Markup().IsMatch(text) ? $"{name} must be plain text: it contains markup (an HTML tag). Send the words alone." : null;

    private static bool IsControl(char c) => c is < ' ' and not ('\t' or '\n' or '\r') or '\u007f';

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!][^>]*>", RegexOptions.None, 100)]
    private static partial Regex Markup();
}
