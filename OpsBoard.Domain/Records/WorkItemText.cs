namespace OpsBoard.Domain.Records;

/// <summary>The text rules problems and changes share with records: a title of at most 200 characters, texts of at most 20,000.</summary>
public static class WorkItemText
{
    public static IReadOnlyDictionary<string, string> Problems(string? title, string? description, string missingTitle)
    {
        var problems = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(title)) problems["title"] = missingTitle;
        else if (title.Trim().Length > RecordDetails.MaxTitleLength)
            problems["title"] = $"The title is {title.Trim().Length} characters; keep it to {RecordDetails.MaxTitleLength} and put the rest in the description.";
        if (description is { Length: > RecordDetails.MaxTextLength })
            problems["description"] = $"The description is {description.Length:N0} characters; the most is {RecordDetails.MaxTextLength:N0}.";
        return problems;
    }

    public static Outcome Require(string? text, string field, string what) =>
        string.IsNullOrWhiteSpace(text) ? Outcome.Refused($"Enter {what}.", field)
        : text.Length > RecordDetails.MaxTextLength ? Outcome.Refused($"The {field} is {text.Length:N0} characters; the most is {RecordDetails.MaxTextLength:N0}.", field)
        : Outcome.Done;
}
