using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Domain.Records;

/// <summary>A tiny in-memory CMDB and helpers to open and walk records, for domain tests.</summary>
public sealed class TestCmdb
{
    public const string Analyst = "Amelia Brown";

    public TestCmdb()
    {
        // Give entities distinct ids, as the database would, so rules that compare ids see different groups.
        (int id, object entity)[] stored = [(1, Soc), (2, SecondLine), (3, ThirdLine), (1, SocAnalyst), (2, Resolver)];
        foreach (var (id, entity) in stored) entity.GetType().GetProperty("Id")!.SetValue(entity, id);
        Soc.Members.Add(SocAnalyst);
        SecondLine.Members.Add(Resolver);
        Service = new Service("Spine Messaging Service", "Messaging", null, SecondLine);
        Item = new ConfigurationItem("Spine Core", "Application", Service, SecondLine);
    }

    public SupportGroup Soc { get; } = new("Service Operations Centre", 1);

    public SupportGroup SecondLine { get; } = new("2nd line Spine", 2);

    public SupportGroup ThirdLine { get; } = new("3rd line Platform", 3);

    public Person SocAnalyst { get; } = new(Analyst, "amelia@example.org", "SOC analyst");

    public Person Resolver { get; } = new("Oliver Green", "oliver@example.org", "Resolver");

    public Service Service { get; }

    public ConfigurationItem Item { get; }

    public DateTimeOffset Now { get; private set; } = TestClock.MondayMorning;

    /// <summary>Moves the test's clock on, so each step has its own instant.</summary>
    public DateTimeOffset Tick(int minutes = 5) => Now = Now.AddMinutes(minutes);

    public RecordDetails Details(RecordKind kind = RecordKind.Incident, Impact impact = Impact.Medium, Urgency urgency = Urgency.Medium) =>
        new(kind, "Spine messages not delivered", "Queue depth rising", kind == RecordKind.Event ? null : "Ward 7, Leeds",
            kind == RecordKind.Event ? Channel.Automation : Channel.Phone, Service, Item, Categories.For(kind)[0], impact, urgency);

    public Record Open(RecordKind kind = RecordKind.Incident) =>
        Record.Open(Details(kind), RecordNumber.Format(kind, 1), PriorityMatrix.Default, Soc, Analyst, Now);

    /// <summary>A record walked to the given status through the real methods.</summary>
    public Record InStatus(Status status)
    {
        var record = Open();
        if (status == Status.New) return record;
        if (status == Status.Cancelled)
        {
            Must(record.Cancel("Duplicate of another call", Analyst, Tick()));
            return record;
        }
        Must(record.AssignTo(SecondLine, null, Analyst, Tick()));
        if (status == Status.Assigned) return record;
        Must(record.Acknowledge(Resolver.Name, Tick()));
        if (status == Status.InProgress) return record;
        if (status == Status.Pending)
        {
            Must(record.Pend(PendingReason.AwaitingCaller, Resolver.Name, Tick()));
            return record;
        }
        Must(record.Resolve(ResolutionCode.Fixed, "Restarted the message handler.", Resolver.Name, Tick()));
        if (status == Status.Resolved) return record;
        Must(record.Close(Analyst, Tick()));
        return record;
    }

    private static void Must(Outcome outcome) => Assert.True(outcome.Succeeded, outcome.Reason);
}
