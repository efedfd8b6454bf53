using Microsoft.Extensions.Logging.Abstractions;
using System.Diagnostics;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Bench;

/// <summary>Records opened per second through RecordingService.OpenAsync, by one writer and by several at once.</summary>
public static class RecordingBenchmark
{
    public static async Task RunAsync(int count)
    {
        Console.WriteLine($"Recording: {count:N0} records through RecordingService.OpenAsync on a SQLite file in WAL mode");
        foreach (var writers in new[] { 1, 4 })
        {
            await using var database = await BenchDatabase.CreateAsync();
            var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
            var recording = new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), new ChangeFeed(NullLogger<ChangeFeed>.Instance), TimeProvider.System);
            var random = new Random(42);
            var requests = Enumerable.Range(0, count + 50).Select(i => Request(catalogue, random, i)).ToList();
            foreach (var warmUp in requests.Take(50)) await OpenAsync(recording, warmUp);

            var latency = new Timings();
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                for (var i = 50 + writer; i < requests.Count; i += writers)
                {
                    await latency.TimeAsync(() => OpenAsync(recording, requests[i]));
                }
            })));
            var elapsed = Stopwatch.GetElapsedTime(started);
            Console.WriteLine($"  {writers} writer(s): {count:N0} records in {elapsed.TotalSeconds:F1} s = {count / elapsed.TotalSeconds:N0} records/s; " +
                $"latency per open: median {latency.Median:F1} ms, mean {latency.Mean:F1}, p95 {latency.P95:F1}, p99 {latency.Percentile(99):F1}, max {latency.Max:F0} ms");
        }
    }

    private static async Task<string> OpenAsync(RecordingService recording, NewRecordRequest request)
    {
        var result = await recording.OpenAsync(request, "Bench");
        return result.Succeeded ? result.Number! : throw new InvalidOperationException(result.Message);
    }

    /// <summary>A mix like the SOC's: mostly incidents, some requests and events, a third passed straight on, a tenth fixed at first contact.</summary>
    private static NewRecordRequest Request(CatalogueView catalogue, Random random, int i)
    {
        var service = catalogue.Services[random.Next(catalogue.Services.Count)];
        var kind = random.Next(100) switch { < 60 => RecordKind.Incident, < 85 => RecordKind.ServiceRequest, _ => RecordKind.Event };
        var roll = random.Next(10);
        return new NewRecordRequest
        {
            Kind = kind,
            Title = $"Bench record {i}: {service.Name} slow for users",
            Description = "Opened by the recording benchmark.",
            Caller = kind == RecordKind.Event ? null : "Bench caller",
            Channel = kind == RecordKind.Event ? Channel.Automation : Channel.Phone,
            ServiceId = service.Id,
            ConfigurationItemId = service.Items[random.Next(service.Items.Count)].Id,
            Category = Categories.For(kind)[random.Next(Categories.For(kind).Count)],
            Impact = (Impact)random.Next(1, 4),
            Urgency = (Urgency)random.Next(1, 4),
            AssignmentGroupId = roll < 3 ? service.SecondLineGroupId : null,
            ResolveAtFirstContact = roll == 9,
            ResolutionCode = roll == 9 ? ResolutionCode.AdviceGiven : null,
            ResolutionNote = roll == 9 ? "Advice given on the call." : null,
        };
    }
}
