namespace OpsBoard.Domain.Cmdb;

/// <summary>Someone who works records: a member of one or more support groups, and maybe a service manager.</summary>
public sealed class Person
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

    public List<SupportGroup> Groups { get; private set; } = [];
}
