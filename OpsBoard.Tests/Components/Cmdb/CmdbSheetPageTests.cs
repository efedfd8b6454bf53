using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Cmdb;

namespace OpsBoard.Tests.Components.Cmdb;

/// <summary>The configuration items admin page over the demo CMDB: edit in a dialog, refusals beside the field, retiring.</summary>
public sealed class CmdbSheetPageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync(demoRecords: 0);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private IRenderedComponent<CmdbSheetPage> Render(string kind = "configuration-items")
    {
        var page = harness.Context.Render<CmdbSheetPage>(p => p.Add(c => c.Kind, kind));
        page.WaitForAssertion(() => page.Find("[data-testid=cmdb-rows]"), ComponentHarness.Wait);
        return page;
    }

    private IElement Row(IRenderedComponent<CmdbSheetPage> page, string name) =>
        page.FindAll("[data-testid=cmdb-rows] tbody tr").Single(r => r.QuerySelector("[data-testid=row-name]")?.TextContent.Trim() == name);

    private IElement Field(string testId) => harness.Dialogs.Find($"input[data-testid={testId}]");

    private string Beside(string testId) => Field(testId).Closest(".mud-input-control")?.TextContent ?? string.Empty;

    private async Task<int> IdOfAsync(string item) => await harness.QueryAsync(db => db.ConfigurationItems.Where(c => c.Name == item).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task EditItem_GivesItAnOwnerAndItsOwnServiceManager_ShownInTheRowAndAudited()
    {
        var page = Render();
        var id = await IdOfAsync("Spine Core");

        page.Find($"[data-testid=edit-{id}]").Click();
        harness.Dialogs.WaitForAssertion(() => Field("field-name"), ComponentHarness.Wait);
        harness.Pick(harness.Dialogs, "field-owning-group", "3rd line Platform");
        harness.Pick(harness.Dialogs, "field-service-manager", "Priya Shah (priya.shah@opsboard.example)");
        harness.Dialogs.Find("[data-testid=cmdb-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("3rd line Platform", Row(page, "Spine Core").TextContent), ComponentHarness.Wait);
        Assert.Contains("priya.shah@opsboard.example", Row(page, "Spine Core").TextContent);
        var audit = await harness.QueryAsync(db => db.AuditLog.SingleAsync());
        Assert.Equal((AuditArea.Cmdb, "Configuration item \"Spine Core\"", "Owning group: 2nd line Spine -> 3rd line Platform; Service manager: (none) -> priya.shah@opsboard.example"),
            (audit.Area, audit.Subject, audit.Change));
    }

    [Fact]
    public async Task AddItem_WithATakenName_ShowsWhyBesideTheName_AndSavesNothing()
    {
        var page = Render();
        var before = await harness.QueryAsync(db => db.ConfigurationItems.CountAsync());

        page.Find("[data-testid=add-row]").Click();
        harness.Dialogs.WaitForAssertion(() => Field("field-name"), ComponentHarness.Wait);
        Field("field-name").Change("spine core");
        Field("field-type").Change("Application");
        harness.Pick(harness.Dialogs, "field-service", "Spine Messaging Service");
        harness.Dialogs.Find("[data-testid=cmdb-save]").Click();

        harness.Dialogs.WaitForAssertion(() => Assert.Contains("There is already a configuration item called \"spine core\"", Beside("field-name")), ComponentHarness.Wait);
        Assert.Equal(before, await harness.QueryAsync(db => db.ConfigurationItems.CountAsync()));
        Assert.Equal(0, await harness.QueryAsync(db => db.AuditLog.CountAsync()));

        Field("field-name").Change("Spine cache");
        harness.Dialogs.Find("[data-testid=cmdb-save]").Click();

        page.WaitForAssertion(() => Row(page, "Spine cache"), ComponentHarness.Wait);
        Assert.Equal(before + 1, await harness.QueryAsync(db => db.ConfigurationItems.CountAsync()));
    }

    [Fact]
    public async Task RetiringAnItem_HidesItUntilRetiredAreShown_WithAChipThatSaysSo()
    {
        var page = Render();
        var id = await IdOfAsync("Spine Core");

        page.Find($"[data-testid=edit-{id}]").Click();
        harness.Dialogs.WaitForAssertion(() => Field("field-retired"), ComponentHarness.Wait);
        Field("field-retired").Change(true);
        harness.Dialogs.Find("[data-testid=cmdb-save]").Click();

        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindAll("[data-testid=row-name]"), n => n.TextContent.Trim() == "Spine Core"), ComponentHarness.Wait);
        page.Find("input[data-testid=show-retired]").Change(true);
        page.WaitForAssertion(() => Assert.Equal("Retired", Row(page, "Spine Core").QuerySelector("[data-testid=retired-chip]")!.TextContent.Trim()), ComponentHarness.Wait);
    }

    [Fact]
    public void AnUnknownList_SaysWhatToPick()
    {
        var page = harness.Context.Render<CmdbSheetPage>(p => p.Add(c => c.Kind, "widgets"));

        Assert.Contains("There is no CMDB list called \"widgets\"", page.Find("[data-testid=unknown-kind]").TextContent);
    }
}
