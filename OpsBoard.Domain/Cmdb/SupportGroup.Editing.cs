using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Cmdb;

public sealed partial class SupportGroup
{
    /// <summary>A new support group; <paramref name="takenNames"/> are the other groups' names.</summary>
    public static CmdbResult<SupportGroup> Create(string? name, int line, string? email, IEnumerable<string> takenNames)
    {
        var refusal = Check(name, line, email, takenNames);
        return refusal.Succeeded ? CmdbResult<SupportGroup>.Done(new SupportGroup(name!.Trim(), line, CmdbText.Clean(email))) : CmdbResult<SupportGroup>.Refused(refusal);
    }

    /// <summary>Changes the group's name, line and email; a refusal leaves it as it was.</summary>
    public Outcome Revise(string? name, int line, string? email, IEnumerable<string> takenNames)
    {
        var refusal = Check(name, line, email, takenNames);
        if (!refusal.Succeeded) return refusal;
        if (IsSecurityGroup && line == 1) return Outcome.Refused($"{Name} is the security group; the SOC (line 1) cannot be it. Mark another group first.", "line");
        Name = name!.Trim();
        Line = line;
        Email = CmdbText.Clean(email);
        return Outcome.Done;
    }

    /// <summary>Makes this the group security incidents go to; the caller unmarks the previous one.</summary>
    public Outcome MarkAsSecurityGroup()
    {
        if (IsServiceOperationsCentre) return Outcome.Refused($"{Name} is the Service Operations Centre (line 1); security incidents go to a 2nd or 3rd line group.", "isSecurityGroup");
        if (IsRetired) return Outcome.Refused($"{Name} is retired; restore it before making it the security group.", "isSecurityGroup");
        IsSecurityGroup = true;
        return Outcome.Done;
    }

    public void UnmarkAsSecurityGroup() => IsSecurityGroup = false;

    public Outcome AddMember(Person person)
    {
        if (Members.Any(p => p.Id == person.Id && (p.Id != 0 || ReferenceEquals(p, person))))
            return Outcome.Refused($"{person.Name} is already a member of {Name}.", "member");
        if (person.IsRetired) return Outcome.Refused($"{person.Name} is retired; restore them before adding them to a group.", "member");
        Members.Add(person);
        return Outcome.Done;
    }

    public Outcome RemoveMember(Person person)
    {
        var member = Members.FirstOrDefault(p => p.Id == person.Id && (p.Id != 0 || ReferenceEquals(p, person)));
        if (member is null) return Outcome.Refused($"{person.Name} is not a member of {Name}.", "member");
        Members.Remove(member);
        return Outcome.Done;
    }

    /// <summary>The group keeps its records but is not offered on forms; the security group must be unmarked first.</summary>
    public Outcome Retire()
    {
        if (IsSecurityGroup) return Outcome.Refused($"{Name} is the security group; mark another group as the security group before retiring it.", "retired");
        IsRetired = true;
        return Outcome.Done;
    }

    public void Restore() => IsRetired = false;

    private static Outcome Check(string? name, int line, string? email, IEnumerable<string> takenNames)
    {
        var text = CmdbText.First(
            CmdbText.Required(name, "name", "the group's name"),
            CmdbText.Optional(email, "email", "the group's email"));
        if (!text.Succeeded) return text;
        if (line is < 1 or > 3) return Outcome.Refused("A support group works at line 1 (the SOC), 2 or 3.", "line");
        if (CmdbText.Clean(email) is { } address && !Person.LooksLikeEmail(address))
            return Outcome.Refused($"\"{address}\" is not an email address; enter one like team@example.org, or leave it empty.", "email");
        return CmdbText.Unique(name!, takenNames, "name", "support group");
    }
}
