using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Cmdb.Sheets;

namespace OpsBoard.Tests.Features.Cmdb;

/// <summary>CSV export and import over a real SQLite database: preview, per-row errors, all or nothing, and a round trip that changes nothing.</summary>
public sealed class CmdbImportTests : IAsyncLifetime
{
    private const string Administrator = "Test administrator";

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private TestDatabase database = default!;
    private CmdbAdmin admin = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        admin = new CmdbAdmin(database.Factory, clock);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<int> AuditCountAsync()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.AuditLog.CountAsync();
    }

    [Theory]
    [InlineData(CmdbKind.Services)]
    [InlineData(CmdbKind.ConfigurationItems)]
    [InlineData(CmdbKind.SupportGroups)]
    [InlineData(CmdbKind.People)]
    public async Task ImportingAnExport_ChangesNothing(CmdbKind kind)
    {
        var exported = await admin.ExportAsync(kind);

        var preview = await admin.ImportAsync(kind, exported, apply: true, Administrator);

        Assert.Empty(preview.Errors);
        Assert.NotEmpty(preview.Rows);
        Assert.All(preview.Rows, r => Assert.Equal(RowEffect.Unchanged, r.Effect));
        Assert.False(preview.Applied);
        Assert.Equal(exported, await admin.ExportAsync(kind));
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task Export_StartsWithTheHeaderRow_AndQuotesWhatNeedsIt()
    {
        var saved = await admin.SaveAsync(CmdbKind.Services, RowTarget.New, ["Pathology", "Lab results, \"urgent\" ones", "", "", "no"], Administrator);
        Assert.True(saved.Succeeded, saved.Message);

        var csv = await admin.ExportAsync(CmdbKind.Services);

        Assert.StartsWith("Name,Description,Service manager,2nd line group,Retired\r\n", csv);
        Assert.Contains("\r\nPathology,\"Lab results, \"\"urgent\"\" ones\",,,no\r\n", csv);
        Assert.Contains("\r\nSpine Messaging Service,National messaging and demographics backbone linking care settings.,ruth.okafor@opsboard.example,2nd line Spine,no\r\n", csv);
    }

    [Fact]
    public async Task Preview_SaysWhichRowsAddChangeOrStay_WithoutSavingAnything()
    {
        var csv = await admin.ExportAsync(CmdbKind.Services);
        csv = csv.Replace("Access to GP records and appointments across care settings.", "\"GP records, appointments\"", StringComparison.Ordinal)
            + "Pathology,\"Lab results,\nacross two lines\",ruth.okafor@opsboard.example,2nd line Spine,no\r\n";

        var preview = await admin.ImportAsync(CmdbKind.Services, csv, apply: false, Administrator);

        Assert.Empty(preview.Errors);
        Assert.Equal((1, 1, 5), (preview.Adding, preview.Changing, preview.Unchanged));
        Assert.True(preview.CanImport);
        Assert.False(preview.Applied);
        Assert.Equal("Description: Access to GP records and appointments across care settings. -> GP records, appointments",
            preview.Rows.Single(r => r.Effect == RowEffect.Changed).Change);
        Assert.Equal(8, preview.Rows.Single(r => r.Effect == RowEffect.Added).Line);
        Assert.DoesNotContain("Pathology", await admin.ExportAsync(CmdbKind.Services));
    }

    [Fact]
    public async Task Import_ReportsEachBadRow_ByLineAndColumn()
    {
        var csv = "Name,Type,Service,Owning group,Service manager,Retired\r\n"
            + "Lab feed,Interface,Pathology,2nd line Spine,,no\r\n"
            + "Spine Core,Application,Spine Messaging Service,2nd line Spine,nobody@example.org,no\r\n"
            + "Lab store,,Spine Messaging Service,,,maybe\r\n"
            + "Lab cache,Cache,Spine Messaging Service,,,no\r\n"
            + "lab cache,Cache,Spine Messaging Service,,,no\r\n";

        var preview = await admin.ImportAsync(CmdbKind.ConfigurationItems, csv, apply: true, Administrator);

        Assert.False(preview.Applied);
        Assert.Equal(
        [
            new ImportError(2, "Service", "There is no service called \"Pathology\"; add it under Services first, or correct the name."),
            new ImportError(3, "Service manager", "No person has the email nobody@example.org; add them under People first, or leave it empty to use the service's manager."),
            new ImportError(4, "Retired", "\"maybe\" is not yes or no; write yes or no (empty means no)."),
            new ImportError(6, "Name", "\"lab cache\" is also on line 5; keep one row for each item."),
        ], preview.Errors);
        Assert.Equal(RowEffect.Added, Assert.Single(preview.Rows).Effect);
    }

    [Fact]
    public async Task AFileWithOneBadRow_ImportsNothing()
    {
        var csv = "Name,Email,Job title,Retired\r\n"
            + "New Starter,new.starter@opsboard.example,Analyst,no\r\n"
            + "Ruth Okafor,ruth.okafor@opsboard.example,Head of service,no\r\n"
            + "No Email,,Analyst,no\r\n";

        var preview = await admin.ImportAsync(CmdbKind.People, csv, apply: true, Administrator);

        Assert.Equal(new ImportError(4, "Email", "Enter the person's email."), Assert.Single(preview.Errors));
        Assert.False(preview.Applied);
        var people = await admin.ExportAsync(CmdbKind.People);
        Assert.DoesNotContain("new.starter@opsboard.example", people);
        Assert.Contains("Ruth Okafor,ruth.okafor@opsboard.example,Service manager,no", people);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task AGoodFile_IsAppliedWhole_WithAnAuditEntryPerChangedRow()
    {
        var csv = "Name,Email,Job title,Retired\r\n"
            + "New Starter,new.starter@opsboard.example,Analyst,no\r\n"
            + "Ruth Okafor,ruth.okafor@opsboard.example,Head of service,no\r\n";

        var preview = await admin.ImportAsync(CmdbKind.People, csv, apply: true, Administrator);

        Assert.True(preview.Applied);
        var people = await admin.ExportAsync(CmdbKind.People);
        Assert.Contains("New Starter,new.starter@opsboard.example,Analyst,no", people);
        Assert.Contains("Ruth Okafor,ruth.okafor@opsboard.example,Head of service,no", people);
        Assert.Equal(2, await AuditCountAsync());
    }

    [Theory]
    [InlineData("", 1, "The file is empty")]
    [InlineData("Name,Description\r\nx,y\r\n", 1, "The header row must be Name,Description,Service manager,2nd line group,Retired")]
    [InlineData("Name,Description,Service manager,2nd line group,Retired\r\nx,\"open\r\n", 2, "never closed")]
    [InlineData("Name,Description,Service manager,2nd line group,Retired\r\nx,y\r\n", 2, "The row has 2 fields but the sheet has 5 columns")]
    public async Task AFileInTheWrongShape_SaysWhereAndWhatToDo(string csv, int line, string words)
    {
        var preview = await admin.ImportAsync(CmdbKind.Services, csv, apply: true, Administrator);

        var error = Assert.Single(preview.Errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(words, error.Problem);
    }

    [Fact]
    public async Task TwoSecurityGroupsInOneFile_IsAnError()
    {
        var csv = "Name,Line,Email,Security group,Members,Retired\r\n"
            + "Blue team,2,,yes,,no\r\n"
            + "Red team,2,,yes,,no\r\n";

        var preview = await admin.ImportAsync(CmdbKind.SupportGroups, csv, apply: true, Administrator);

        Assert.Equal(new ImportError(3, "Security group", "Line 2 already marks the security group; only one group can be it, so write no here."), Assert.Single(preview.Errors));
    }
}
