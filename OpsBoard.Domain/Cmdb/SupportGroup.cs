namespace OpsBoard.Domain.Cmdb;

/// <summary>A team that holds records: the Service Operations Centre (line 1), 2nd and 3rd line resolver groups.</summary>
public sealed partial class SupportGroup
{
    private SupportGroup()
    {
        Name = string.Empty;
    }

    public SupportGroup(string name, int line, string? email = null)
    {
        if (line is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "A support group works at line 1, 2 or 3.");
        }
        Name = name;
        Line = line;
        Email = email;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>1 for the Service Operations Centre, 2 or 3 for resolver groups.</summary>
    public int Line { get; private set; }

    public string? Email { get; private set; }

    public List<Person> Members { get; private set; } = [];

    public bool IsServiceOperationsCentre => Line == 1;

    /// <summary>The group security incidents are routed to (one at most; the admin screen moves the mark).</summary>
    public bool IsSecurityGroup { get; private set; }

    /// <summary>A retired group keeps its records but is not offered on forms.</summary>
    public bool IsRetired { get; private set; }
}
