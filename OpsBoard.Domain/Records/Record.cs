using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Domain.Records;

/// <summary>
/// An incident, service request or event. Every change goes through a method that checks the status machine,
/// applies the change and appends to the history; a refusal leaves the record as it was.
/// </summary>
public sealed partial class Record
{
    /// <summary>The history field written each time the record changes group.</summary>
    public const string AssignmentGroupField = "Assignment group";

    /// <summary>The history field written at each change of status, its values in <see cref="StatusMachine.Describe"/>'s words.</summary>
    public const string StatusField = "Status";

    private readonly List<HistoryEntry> history = [];
    private readonly List<OlaTarget> clocks = [];

    private Record()
    {
        Number = string.Empty;
        Title = string.Empty;
        Category = string.Empty;
    }

    public long Id { get; private set; }

    public string Number { get; private set; }

    public RecordKind Kind { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public string? Caller { get; private set; }

    public Channel Channel { get; private set; }

    public int ServiceId { get; private set; }

    public Service? Service { get; private set; }

    public int? ConfigurationItemId { get; private set; }

    public ConfigurationItem? ConfigurationItem { get; private set; }

    public string Category { get; private set; }

    public Impact Impact { get; private set; }

    public Urgency Urgency { get; private set; }

    public Priority Priority { get; private set; }

    public bool PriorityOverridden { get; private set; }

    public Status Status { get; private set; }

    public PendingReason? PendingReason { get; private set; }

    public int AssignmentGroupId { get; private set; }

    public SupportGroup? AssignmentGroup { get; private set; }

    public int? AssigneeId { get; private set; }

    public Person? Assignee { get; private set; }

    /// <summary>The line (1, 2 or 3) of the group that holds the record now.</summary>
    public int SupportLine { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public ResolutionCode? ResolutionCode { get; private set; }

    public string? ResolutionNote { get; private set; }

    public int ReassignmentCount { get; private set; }

    public int ReopenCount { get; private set; }

    public IReadOnlyList<HistoryEntry> History => history;

    /// <summary>The record's OLA clocks: a response and a resolution target per group that held it, and its own end-to-end target.</summary>
    public IReadOnlyList<OlaTarget> Clocks => clocks;

    public bool IsOpen => Status.IsOpen();

    public IReadOnlyList<RecordAction> AllowedActions => StatusMachine.AllowedActions(Status, IsMajorIncident);

    /// <summary>
    /// Opens a record held by <paramref name="holder"/>: New when that is the SOC, Assigned when automation
    /// routes it straight to a resolver group.
    /// </summary>
    public static Record Open(RecordDetails details, string number, PriorityMatrix matrix, SupportGroup holder, string by, DateTimeOffset now)
    {
        var problems = details.Problems();
        if (problems.Count > 0)
        {
            var first = problems.First();
            throw new ArgumentException($"{first.Key}: {first.Value}", nameof(details));
        }
        var record = new Record
        {
            Number = number,
            Kind = details.Kind,
            Title = details.Title.Trim(),
            Description = details.Description,
            Caller = details.Caller?.Trim(),
            Channel = details.Channel,
            Service = details.Service,
            ServiceId = details.Service.Id,
            ConfigurationItem = details.ConfigurationItem,
            ConfigurationItemId = details.ConfigurationItem?.Id,
            Category = details.Category,
            Impact = details.Impact,
            Urgency = details.Urgency,
            Priority = matrix.For(details.Impact, details.Urgency),
            Status = holder.IsServiceOperationsCentre ? Status.New : Status.Assigned,
            AssignmentGroup = holder,
            AssignmentGroupId = holder.Id,
            SupportLine = holder.Line,
            OpenedAt = now,
            UpdatedAt = now,
        };
        record.WriteOpening(by, now);
        if (IsSecurityCategory(details.Category)) record.FlagSecurityIncident("opened with the category Security", by, now);
        else if (details.SecurityIncident) record.FlagSecurityIncident("opened as a security incident", by, now);
        return record;
    }

    internal void AddClock(OlaTarget clock) => clocks.Add(clock);

    /// <summary>
    /// Gives a record opened before its number was known (an EVT applied in memory, numbered in the commit that stores it)
    /// its number. A stored record keeps its number for good.
    /// </summary>
    public void TakeNumber(string number)
    {
        if (Id != 0) throw new InvalidOperationException($"{Number} is stored; a record's number never changes.");
        Number = number;
    }

    /// <summary>
    /// Writes a clock's change of state into the history. It leaves UpdatedAt alone: the record itself did not change,
    /// so a sweep never collides with a person acting on the record.
    /// </summary>
    internal void NoteClock(string by, DateTimeOffset now, string clock, string? from, string to) =>
        history.Add(new HistoryEntry(now, by, clock, from, to));

    /// <summary>The history a record starts with, however it was opened: its status, its group and its priority.</summary>
    private void WriteOpening(string by, DateTimeOffset now)
    {
        Write(by, now, StatusField, null, StatusMachine.Describe(Status));
        Write(by, now, AssignmentGroupField, null, AssignmentGroup?.Name);
        Write(by, now, "Priority", null, $"{Priority} ({Impact} impact, {Urgency} urgency)");
    }

    private void Write(string by, DateTimeOffset now, string field, string? oldValue, string? newValue)
    {
        history.Add(new HistoryEntry(now, by, field, oldValue, newValue));
        UpdatedAt = now;
    }

    private void SetStatus(Status status, string by, DateTimeOffset now)
    {
        if (status == Status)
        {
            return;
        }
        Write(by, now, StatusField, StatusMachine.Describe(Status), StatusMachine.Describe(status));
        Status = status;
    }

    private static Outcome RequireText(string? text, string field, string what) =>
        string.IsNullOrWhiteSpace(text) ? Outcome.Refused($"Enter {what}.", field)
        : text.Length > RecordDetails.MaxTextLength ? Outcome.Refused($"The {field} is {text.Length:N0} characters; the most is {RecordDetails.MaxTextLength:N0}.", field)
        : Outcome.Done;
}
