using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Features.Cmdb;

namespace OpsBoard.Tests.Components.Cmdb;

/// <summary>The import page: a preview of each row and each error by line and column, and Import only for a file without errors.</summary>
public sealed class CmdbImportPageTests : IAsyncLifetime
{
    private const string Header = "Name,Description,Service manager,2nd line group,Retired\r\n";

    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync(demoRecords: 0);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private IRenderedComponent<CmdbImportPage> Render() => harness.Context.Render<CmdbImportPage>(p => p.Add(c => c.Kind, "services"));

    private static void Upload(IRenderedComponent<CmdbImportPage> page, string csv) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, "services.csv"));

    [Fact]
    public async Task AFileWithErrors_ListsThemByLineAndColumn_AndCannotBeImported()
    {
        var page = Render();

        Upload(page, Header + "Pathology,Lab results,,,no\r\nRadiology,Images,nobody@example.org,,no\r\n");

        page.WaitForAssertion(() => page.Find("[data-testid=import-errors]"), ComponentHarness.Wait);
        var error = page.Find("[data-testid=import-error]");
        Assert.Equal("3", error.GetAttribute("data-line"));
        Assert.Contains("Service manager", error.TextContent);
        Assert.Contains("No person has the email nobody@example.org; add them under People first", error.TextContent);
        Assert.Contains("1 to add, 0 to change, 0 unchanged; 1 error to correct first", page.Find("[data-testid=preview-summary]").TextContent);
        Assert.True(page.Find("[data-testid=apply-import]").HasAttribute("disabled"));
        Assert.Equal(0, await harness.QueryAsync(db => db.Services.CountAsync(s => s.Name == "Pathology")));
    }

    [Fact]
    public async Task AGoodFile_PreviewsEachRow_ThenImportSavesItAll()
    {
        var page = Render();

        Upload(page, Header + "Pathology,\"Lab results, urgent\",ruth.okafor@opsboard.example,2nd line Spine,no\r\nGP Connect,Changed description,priya.shah@opsboard.example,2nd line GP Connect,no\r\n");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=import-row]").Count), ComponentHarness.Wait);
        Assert.Equal(["Added", "Changed"], page.FindAll("[data-testid=import-row]").Select(r => r.GetAttribute("data-effect")!));
        Assert.Contains("Description: Access to GP records and appointments across care settings. -> Changed description", page.FindAll("[data-testid=import-row]")[1].TextContent);
        Assert.Equal(0, await harness.QueryAsync(db => db.Services.CountAsync(s => s.Name == "Pathology")));

        page.Find("[data-testid=apply-import]").Click();

        page.WaitForAssertion(() => Assert.Contains("Imported: 1 added, 1 changed, 0 unchanged.", page.Find("[data-testid=preview-summary]").TextContent), ComponentHarness.Wait);
        Assert.Equal(1, await harness.QueryAsync(db => db.Services.CountAsync(s => s.Name == "Pathology")));
        Assert.Equal(2, await harness.QueryAsync(db => db.AuditLog.CountAsync()));
    }
}
