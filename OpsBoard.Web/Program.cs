using System.Text.Json.Serialization;
using MudBlazor.Services;
using OpsBoard.Web.Components;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Events;
using OpsBoard.Web.Features.HistoryImport;
using OpsBoard.Web.Features.Jobs;
using OpsBoard.Web.Features.Live;

var builder = WebApplication.CreateBuilder(args);
// `-- import FILE.csv` runs the history import against the configured database and exits; its output is the progress, not the log.
if (ImportCommand.Wanted(args)) builder.Logging.SetMinimumLevel(LogLevel.Warning);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSingleton(TimeProvider.System);
// SQLite on this machine, or PostgreSQL shared by several nodes (OpsBoard:Database); what the data, keys and jobs use follows it.
var database = DatabaseOptions.Read(builder.Configuration, builder.Environment);
builder.Services.AddOpsBoardDatabase(database);
builder.Services.AddOpsBoardAccess(builder.Configuration, builder.Environment, database);
builder.Services.AddOpsBoardRateLimits(builder.Configuration);
builder.Services.AddOpsBoardFeatures(builder.Configuration);
builder.Services.AddOpsBoardJobs(builder.Configuration, database);
builder.Services.AddOpenApi();
builder.Services.AddProblemDetails();
// A query value an endpoint cannot read throws, so QueryProblems can say which one and what it takes (not a bare 400).
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddExceptionHandler<OpsBoard.Web.Api.QueryProblems>();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.NameFor(database))
    .AddOpsBoardRedisCheck(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

await using (await StartupTurn.TakeAsync(database))
{
    await app.Services.PrepareDatabaseAsync(app.Configuration, app.Logger);
    await app.Services.EnsureDemoIntegrationAsync(app.Configuration, app.Logger);
    await app.Services.EnsureAccountsAsync(app.Configuration, app.Logger);
}
if (ImportCommand.Wanted(args))
{
    Environment.ExitCode = await ImportCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

app.UseMiddleware<OpsBoard.Web.Features.Live.RefuseCircuitsWhileStopping>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseSecurityHeaders();
// Browsers get the app's own "not found" page; API callers get problem details.
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), a =>
{
    a.UseExceptionHandler();
    a.UseStatusCodePages();
});
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseRouting(); // after re-execution, so a re-executed request is routed again
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/healthz", OpsBoard.Web.Features.Health.HealthReportWriter.Options).AllowAnonymous();
app.MapOpsBoardEndpoints();
app.MapOpsBoardJobs();
// SecurityHeaders sets frame-ancestors for every answer; Blazor would add a second, looser policy.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

app.Run();
