namespace OpsBoard.Tests.Reports;

/// <summary>Builds a tiny incident log in the sample's 36-column format for hand-checked cases; unset columns read `?`.</summary>
public sealed class LogSnippet
{
    public const string Header =
        "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,caller_id,opened_by,opened_at,sys_created_by,sys_created_at,sys_updated_by,sys_updated_at,contact_type,location,category,subcategory,u_symptom,cmdb_ci,impact,urgency,priority,assignment_group,assigned_to,knowledge,u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,closed_code,resolved_by,resolved_at,closed_at";

    private static readonly string[] Columns = Header.Split(',');
    private readonly List<string> lines = [Header];
    private int mod;

    /// <summary>Adds one update of <paramref name="number"/>; the priority is 1 to 4 and <paramref name="group"/> null means `?`.</summary>
    public LogSnippet Row(string number, string opened, string updated, string state, int priority, string? group,
        int reassignments = 0, int reopens = 0, string category = "Category 1")
    {
        var values = Columns.ToDictionary(c => c, _ => "?");
        values["number"] = number;
        values["incident_state"] = state;
        values["active"] = state == "Closed" ? "false" : "true";
        values["reassignment_count"] = reassignments.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["reopen_count"] = reopens.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["sys_mod_count"] = (mod++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["made_sla"] = "true";
        values["caller_id"] = "Caller 1";
        values["opened_by"] = "Opened by  1";
        values["opened_at"] = opened;
        values["sys_updated_by"] = "Updated by 1";
        values["sys_updated_at"] = updated;
        values["contact_type"] = "Phone";
        values["category"] = category;
        values["subcategory"] = "Subcategory 1";
        values["u_symptom"] = "Symptom 1";
        var (impact, urgency) = priority switch { 1 => (1, 1), 2 => (1, 2), 3 => (2, 2), _ => (3, 3) };
        values["impact"] = Label(impact);
        values["urgency"] = Label(urgency);
        values["priority"] = priority switch { 1 => "1 - Critical", 2 => "2 - High", 3 => "3 - Moderate", _ => "4 - Low" };
        values["assignment_group"] = group ?? "?";
        values["knowledge"] = "false";
        values["u_priority_confirmation"] = "false";
        values["notify"] = "Do Not Notify";
        lines.Add(string.Join(',', Columns.Select(c => values[c])));
        return this;
    }

    public LogSnippet RawLine(string line)
    {
        lines.Add(line);
        return this;
    }

    public string Text => string.Join('\n', lines) + "\n";

    public IncidentLog Read() => IncidentLog.Read(new StringReader(Text), SourceCalendar.London);

    public ExpectedIncident Single(string? socGroup = null) => IncidentReplay.All(Read(), socGroup).Single();

    private static string Label(int level) => level switch { 1 => "1 - High", 2 => "2 - Medium", _ => "3 - Low" };
}
