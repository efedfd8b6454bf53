using OpsBoard.Domain.Import;
using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Import;

public sealed class LogRowReaderTests
{
    private const string Header =
        "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,caller_id,opened_by,opened_at,sys_created_by,sys_created_at,sys_updated_by,sys_updated_at,contact_type,location,category,subcategory,u_symptom,cmdb_ci,impact,urgency,priority,assignment_group,assigned_to,knowledge,u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,closed_code,resolved_by,resolved_at,closed_at";

    private const string Row =
        "INC0000045,New,true,0,0,0,true,Caller 2403,Opened by  8,29/2/2016 01:16,Created by 6,29/2/2016 01:23,Updated by 21,29/2/2016 01:23,Phone,Location 143,Category 55,Subcategory 170,Symptom 72,?,2 - Medium,2 - Medium,3 - Moderate,Group 56,?,true,false,Do Not Notify,?,?,?,?,code 5,Resolved by 149,29/2/2016 11:29,5/3/2016 12:00";

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static (LogRow? Row, string? Problem) Read(string row, int line = 2)
    {
        var (columns, problem) = LogColumns.Read(Header.Split(','));
        Assert.Null(problem);
        return new LogRowReader(columns!, London).Read(line, row.Split(','));
    }

    private static string With(int column, string value)
    {
        var fields = Row.Split(',');
        fields[column] = value;
        return string.Join(',', fields);
    }

    [Fact]
    public void ASampleRow_IsReadWithMissingValuesEmpty_CodesAsRatings_AndDoubleSpacesMended()
    {
        var (row, problem) = Read(Row);

        Assert.Null(problem);
        Assert.Equal(
            new LogRow(2, "INC0000045", SourceState.New, 0, 0, 0, "Caller 2403", "Opened by 8", new DateTimeOffset(2016, 2, 29, 1, 16, 0, TimeSpan.Zero),
                "Updated by 21", new DateTimeOffset(2016, 2, 29, 1, 23, 0, TimeSpan.Zero), Channel.Phone, "Location 143", "Category 55", "Subcategory 170",
                "Symptom 72", Impact.Medium, Urgency.Medium, Priority.P3, "Group 56", null, null, null, "code 5", "Resolved by 149"),
            row);
    }

    [Theory]
    [InlineData("1/6/2016 10:00", "2016-06-01T09:00:00Z")] // summer time: an hour ahead of UTC
    [InlineData("27/3/2016 01:30", "2016-03-27T01:30:00Z")] // skipped when the clocks went forward: taken as 02:30 BST
    [InlineData("30/10/2016 01:30", "2016-10-30T00:30:00Z")] // happened twice when the clocks went back: the first, BST
    [InlineData("30/10/2016 02:30", "2016-10-30T02:30:00Z")]
    [InlineData("5/3/2016 9:05", "2016-03-05T09:05:00Z")]
    public void LocalTimes_BecomeUtcInstants(string local, string utc)
    {
        var (row, _) = Read(With(13, local));

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), row!.UpdatedAt);
    }

    [Theory]
    [InlineData("Self service", Channel.Portal)]
    [InlineData("IVR", Channel.Phone)]
    [InlineData("Direct opening", Channel.WalkIn)]
    [InlineData("Email", Channel.Email)]
    public void ContactTypes_MapToChannels(string contact, Channel channel) => Assert.Equal(channel, Read(With(14, contact)).Row!.Channel);

    [Theory]
    [InlineData("Awaiting User Info", SourceState.AwaitingUserInfo)]
    [InlineData("Awaiting Vendor", SourceState.AwaitingVendor)]
    [InlineData("Awaiting Problem", SourceState.AwaitingProblem)]
    [InlineData("Awaiting Evidence", SourceState.AwaitingEvidence)]
    [InlineData("Closed", SourceState.Closed)]
    public void States_AreRead(string state, SourceState expected) => Assert.Equal(expected, Read(With(1, state)).Row!.State);

    [Fact]
    public void EveryProblemOfARow_IsNamedAtOnce()
    {
        var fields = Row.Split(',');
        fields[1] = "-100";
        fields[5] = "many";
        fields[9] = "2016-02-29";
        fields[14] = "Carrier pigeon";
        fields[22] = "9 - Whenever";

        var (row, problem) = Read(string.Join(',', fields));

        Assert.Null(row);
        Assert.Equal(
            "incident_state '-100' is not a state; expected one of New, Active, Awaiting User Info, Awaiting Evidence, Awaiting Vendor, Awaiting Problem, Resolved, Closed; " +
            "sys_mod_count 'many' is not a whole number of 0 or more; opened_at '2016-02-29' is not a time written day/month/year hours:minutes (29/2/2016 01:16); " +
            "contact_type 'Carrier pigeon' is not one of Phone, IVR, Email, Self service, Direct opening; priority '9 - Whenever' does not start with a code from 1 to 5 (\"2 - Medium\").",
            problem);
    }

    [Fact]
    public void AHeaderWithoutTheLogsColumns_NamesWhatItLacks()
    {
        var (columns, problem) = LogColumns.Read(["number", "incident_state", "opened_at"]);

        Assert.Null(columns);
        Assert.StartsWith("The header lacks reassignment_count, reopen_count, sys_mod_count, caller_id, opened_by, sys_updated_by,", problem);
    }
}
