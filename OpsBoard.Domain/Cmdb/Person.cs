namespace OpsBoard.Domain.Cmdb;

/// <summary>Someone who works records: a member of one or more support groups, and maybe a service manager.</summary>
public sealed partial class Person
{
    private Person()
    {
        Name = string.Empty;
        Email = string.Empty;
    }

    public Person(string name, string email, string jobTitle)
    {
        Name = name;
        Email = email;
        JobTitle = jobTitle;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public string? JobTitle { get; private set; }

    /// <summary>Someone who has left: kept on the records they worked, not offered on forms.</summary>
    public bool IsRetired { get; private set; }

    public List<SupportGroup> Groups { get; private set; } = [];
}
