using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Queues;

namespace OpsBoard.Bench;

/// <summary>QueueService.SearchAsync over a large, realistic database: median and p95 of repeated runs per query.</summary>
public static class QueueBenchmark
{
    // A SOC analyst, who may not see security incidents: the queue's usual viewer, and the one whose query filters them out.
    private static readonly System.Security.Claims.ClaimsPrincipal SocAnalyst = new(new System.Security.Claims.ClaimsIdentity(
        [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, OpsBoard.Web.Features.Access.Roles.SocAnalyst)], "Bench"));

    private const int WarmUps = 3;
    private const int Runs = 20;

    public static async Task RunAsync(int count, bool keep)
    {
        await using var database = await BenchDatabase.CreateAsync(keep);
        var started = Stopwatch.GetTimestamp();
        await database.AddRecordsAsync(count, TimeSpan.FromDays(365));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await using var db = await database.Factory.CreateDbContextAsync();
        var open = await db.Records.CountAsync(RecordQueries.IsOpen);
        var history = await db.History.CountAsync();
        var busiest = await db.Records.GroupBy(r => r.AssignmentGroupId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var number = await db.Records.Where(r => r.Kind == RecordKind.Incident).OrderBy(r => r.Id).Skip(count / 3).Select(r => r.Number).FirstAsync();
        Console.WriteLine($"Queue: {count:N0} records ({open:N0} open, {history:N0} history rows) created in {elapsed.TotalSeconds:F1} s " +
            $"= {count / elapsed.TotalSeconds:N0} records/s; {new FileInfo(database.Path).Length / 1_048_576.0:F0} MB" + (keep ? $" at {database.Path}" : ""));

        var queue = new QueueService(database.Factory);
        (string Name, QueueRequest Request)[] cases =
        [
            ("first page, default sort, open only", new QueueRequest(new QueueFilter { OpenOnly = true })),
            ("group + status (InProgress)", new QueueRequest(new QueueFilter { GroupId = busiest, Status = Status.InProgress })),
            ("all records, opened descending", new QueueRequest(new QueueFilter(), Sort: QueueSort.Opened, Descending: true)),
            ("free text on title ('certificate')", new QueueRequest(new QueueFilter { Text = "certificate" })),
            ($"number lookup ({number})", new QueueRequest(new QueueFilter { Text = number })),
        ];
        Console.WriteLine($"  {"query",-40} {"median",8} {"p95",8} {"total",8}  ({Runs} runs after {WarmUps} warm-ups)");
        foreach (var (name, request) in cases)
        {
            var timings = new Timings();
            for (var i = 0; i < WarmUps; i++) await queue.SearchAsync(request, SocAnalyst);
            QueuePage page = null!;
            for (var i = 0; i < Runs; i++) page = await timings.TimeAsync(() => queue.SearchAsync(request, SocAnalyst));
            Console.WriteLine($"  {name,-40} {timings.Median,6:F1}ms {timings.P95,6:F1}ms {page.Total,8:N0}");
        }
    }
}
