using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features;

namespace OpsBoard.Tests.Components;

/// <summary>
/// bUnit with MudBlazor and the real feature services over a real, demo-loaded SQLite database, at a fixed time.
/// Held in a field (not inherited): MudBlazor's popover service is only IAsyncDisposable, which xunit 2 would not await.
/// </summary>
public sealed class ComponentHarness : IAsyncDisposable
{
    public const string ActorName = "Test SOC analyst";

    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private ComponentHarness(TestDatabase database, BunitContext context, FakeTimeProvider clock, BunitAuthorizationContext authorization)
    {
        Authorization = authorization;
        Database = database;
        Context = context;
        Clock = clock;
        // Rendered after every service is registered: the first render builds the service provider.
        Popovers = context.Render<MudPopoverProvider>();
        Dialogs = context.Render<MudDialogProvider>();
        Snackbars = context.Render<MudSnackbarProvider>();
    }

    public TestDatabase Database { get; }

    public BunitContext Context { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>Who the pages see as signed in (every role by default); set one role with <c>SetRoles</c> before rendering.</summary>
    public BunitAuthorizationContext Authorization { get; }

    /// <summary>Where MudSelect lists its items.</summary>
    public IRenderedComponent<MudPopoverProvider> Popovers { get; }

    public IRenderedComponent<MudDialogProvider> Dialogs { get; }

    public IRenderedComponent<MudSnackbarProvider> Snackbars { get; }

    public static async Task<ComponentHarness> CreateAsync(int demoRecords = 200)
    {
        var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton(database.Factory);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>())
            .Build();
        context.Services.AddSingleton<IConfiguration>(configuration);
        var clock = new FakeTimeProvider(TestClock.MondayMorning);
        context.Services.AddSingleton<TimeProvider>(clock);
        context.Services.AddHttpContextAccessor();
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(ActorName)
            .SetRoles([.. OpsBoard.Web.Features.Access.Roles.All])
            .SetPolicies([.. OpsBoard.Web.Features.Access.Policies.RolesOf.Keys]);
        context.Services.AddSingleton<OpsBoard.Web.Features.Access.AccessTokens>();
        context.Services.AddSingleton<OpsBoard.Web.Features.Access.KioskLinks>();
        context.Services.AddOpsBoardFeatures(configuration);
        return new ComponentHarness(database, context, clock, authorization);
    }

    /// <summary>Opens the MudSelect marked with <paramref name="testId"/> as a mouse would and clicks the item with that text in the popover.</summary>
    public void Pick<TComponent>(IRenderedComponent<TComponent> page, string testId, string itemText) where TComponent : IComponent
    {
        var opener = page.Find($"[data-testid='{testId}']");
        while (!opener.HasAttribute("blazor:onmousedown")) opener = opener.ParentElement ?? throw new InvalidOperationException($"{testId} is not a MudSelect.");
        opener.MouseDown();
        IElement? item = null;
        Popovers.WaitForAssertion(() => item = Assert.Single(Popovers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == itemText), Wait);
        item!.Click();
    }

    public async Task<TResult> QueryAsync<TResult>(Func<OpsBoardDb, Task<TResult>> query)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Database.DisposeAsync();
    }
}
