using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Domain.Records;

/// <summary>What the SOC (or automation) records about a contact when a record is opened.</summary>
public sealed record RecordDetails(
    RecordKind Kind,
    string Title,
    string? Description,
    string? Caller,
    Channel Channel,
    Service Service,
    ConfigurationItem? ConfigurationItem,
    string Category,
    Impact Impact,
    Urgency Urgency,
    bool SecurityIncident = false)
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 20_000;
    public const int MaxCallerLength = 200;

    /// <summary>A title from automation's longer text (an event summary): trimmed, and cut to fit with an ellipsis.</summary>
    public static string TitleFrom(string text)
    {
        var title = text.Trim();
        return title.Length <= MaxTitleLength ? title : string.Concat(title.AsSpan(0, MaxTitleLength - 1).TrimEnd(), "…");
    }

    /// <summary>Every problem with these details, keyed by field, so a form can show each beside its field.</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems["title"] = "Enter a title that says what is wrong or what is wanted.";
        }
        else if (Title.Length > MaxTitleLength)
        {
            problems["title"] = $"The title is {Title.Length} characters; keep it to {MaxTitleLength} and put the rest in the description.";
        }
        if (Description is { Length: > MaxTextLength })
        {
            problems["description"] = $"The description is {Description.Length:N0} characters; the most is {MaxTextLength:N0}. Attach long logs elsewhere and summarise them here.";
        }
        if (Kind != RecordKind.Event && string.IsNullOrWhiteSpace(Caller))
        {
            problems["caller"] = "Enter who reported this: an incident or request needs a caller.";
        }
        else if (Caller is { Length: > MaxCallerLength })
        {
            problems["caller"] = $"The caller is {Caller.Length} characters; the most is {MaxCallerLength}.";
        }
        if (Kind == RecordKind.Event && Channel != Channel.Automation)
        {
            problems["channel"] = "Events come from automation; record a person's contact as an incident or request.";
        }
        if (ConfigurationItem is not null && ConfigurationItem.ServiceId != Service.Id)
        {
            problems["configurationItem"] = $"{ConfigurationItem.Name} is not part of {Service.Name}; pick one of that service's configuration items.";
        }
        if (string.IsNullOrWhiteSpace(Category))
        {
            problems["category"] = $"Pick a category: {string.Join(", ", Categories.For(Kind))}.";
        }
        else if (!Categories.For(Kind).Contains(Category))
        {
            problems["category"] = $"'{Category}' is not a category for this kind of record; pick one of: {string.Join(", ", Categories.For(Kind))}.";
        }
        if (SecurityIncident && Kind == RecordKind.ServiceRequest)
        {
            problems["securityIncident"] = "A service request cannot be a security incident; record it as an incident.";
        }
        if (!Enum.IsDefined(Impact))
        {
            problems["impact"] = "Impact must be High, Medium or Low (1, 2 or 3).";
        }
        if (!Enum.IsDefined(Urgency))
        {
            problems["urgency"] = "Urgency must be High, Medium or Low (1, 2 or 3).";
        }
        return problems;
    }
}
