using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Tests.Features.Events;

/// <summary>A full intake queue refuses at once with 503 and Retry-After: nothing is dropped after being accepted.</summary>
public sealed class IntakeQueueTests
{
    [Fact]
    public async Task AFullQueue_Answers503WithRetryAfter_InsteadOfDroppingTheEvent()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var options = new EventIntakeOptions { QueueCapacity = 1 };
        var policies = new OpsBoard.Web.Features.Ola.OlaPolicyStore(database.Factory);
        var pressure = new IntakePressure(options, TimeProvider.System);
        var processor = new EventProcessor(database.Factory, policies, new RoutingRuleStore(database.Factory), database.Feed, new OpsBoard.Web.Data.WriteGate(), pressure, TimeProvider.System, NullLogger<EventProcessor>.Instance);
        // The writer is not started, so the first event fills the queue.
        var writer = new IntakeWriter(database.Factory, options, processor, pressure, new OpsBoard.Web.Data.WriteGate(), NullLogger<IntakeWriter>.Instance);
        var intake = new EventIntake(new IntegrationKeys(database.Factory, TimeProvider.System), new KeyRateLimits(options, TimeProvider.System), writer, options, TimeProvider.System);

        var refusal = intake.StoreAsync(1, [new IncomingEvent(EventAction.Trigger, "first", "One"), new IncomingEvent(EventAction.Trigger, "second", "Two")]);

        var result = await refusal.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(result);
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("1", http.Response.Headers.RetryAfter.ToString());
        http.Response.Body.Position = 0;
        Assert.Contains("nothing was lost", await new StreamReader(http.Response.Body).ReadToEndAsync());
        Assert.False(writer.TryEnqueue(new IntakeEvent(1, TestClock.MondayMorning, "{}"), out _));
    }
}
