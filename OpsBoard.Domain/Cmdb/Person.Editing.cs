using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Cmdb;

public sealed partial class Person
{
    /// <summary>A new person; <paramref name="takenEmails"/> are the other people's emails (an email names one person).</summary>
    public static CmdbResult<Person> Create(string? name, string? email, string? jobTitle, IEnumerable<string> takenEmails)
    {
        var refusal = Check(name, email, jobTitle, takenEmails);
        return refusal.Succeeded ? CmdbResult<Person>.Done(new Person(name!.Trim(), email!.Trim(), CmdbText.Clean(jobTitle)!)) : CmdbResult<Person>.Refused(refusal);
    }

    /// <summary>Changes the person's name, email and job title; a refusal leaves them as they were.</summary>
    public Outcome Revise(string? name, string? email, string? jobTitle, IEnumerable<string> takenEmails)
    {
        var refusal = Check(name, email, jobTitle, takenEmails);
        if (!refusal.Succeeded) return refusal;
        Name = name!.Trim();
        Email = email!.Trim();
        JobTitle = CmdbText.Clean(jobTitle);
        return Outcome.Done;
    }

    public void Retire() => IsRetired = true;

    public void Restore() => IsRetired = false;

    /// <summary>Something@something.something: enough to catch a name typed in the email column.</summary>
    public static bool LooksLikeEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace);
    }

    private static Outcome Check(string? name, string? email, string? jobTitle, IEnumerable<string> takenEmails)
    {
        var text = CmdbText.First(
            CmdbText.Required(name, "name", "the person's name", CmdbText.MaxTextLength),
            CmdbText.Required(email, "email", "the person's email", CmdbText.MaxTextLength),
            CmdbText.Optional(jobTitle, "jobTitle", "the job title"));
        if (!text.Succeeded) return text;
        if (!LooksLikeEmail(email!.Trim())) return Outcome.Refused($"\"{email.Trim()}\" is not an email address; enter one like ruth.okafor@example.org.", "email");
        return takenEmails.Any(t => string.Equals(t.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase))
            ? Outcome.Refused($"Someone else already has the email {email.Trim()}; an email names one person.", "email")
            : Outcome.Done;
    }
}
