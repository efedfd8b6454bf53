using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Bench;

/// <summary>
/// The wall screen against the built app in its own process: server memory per idle wall circuit (N headless pages, KiB
/// per circuit beyond the first), then with 10,000 open records the first contentful paint, the time until the circuit
/// is interactive and the size of the HTML of /wall. Needs Debian's Chromium at /usr/bin/chromium.
/// </summary>
public static class WallBenchmark
{
    private const int OpenRecords = 10_000;
    private const int PaintRuns = 7;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(int circuits)
    {
        await using var database = await BenchDatabase.CreateAsync();
        var open = await SeedOpenRecordsAsync(database);
        // Opened as a wall screen is: by its kiosk link, which signs the browser in and redirects to /wall.
        var (_, secret) = await new OpsBoard.Web.Features.Access.KioskLinks(database.Factory, TimeProvider.System).IssueAsync("Bench wall", [], [], "OpsBoard.Bench");
        var (web, webDirectory) = ChildServer.WebApp();
        // Development serves the static assets (_framework, _content) from the build output, as PACKAGES.md notes; workstation
        // GC, so the resident size follows live data more closely than server GC's large per-core heaps.
        await using var server = await ChildServer.StartAsync(web, webDirectory, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__OpsBoard"] = $"Data Source={database.Path}",
            ["OpsBoard__DemoData"] = "false",
            ["OpsBoard__Access__AdminEmail"] = "admin@bench.opsboard",
            ["OpsBoard__Access__AdminPassword"] = "Bench-Admin-Password-2026",
            ["DOTNET_gcServer"] = "0",
        }, "/healthz");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var wall = new Uri(server.Address, $"kiosk/{secret}");
        Console.WriteLine($"Wall: {open:N0} open records, app at {server.Address} (workstation GC)");

        await PaintAsync(browser, wall);
        await MemoryAsync(browser, server, wall, circuits);
    }

    /// <summary>
    /// First visit (the board is read from the database), then warm visits two ways: reloading the same tab, as a wall screen's
    /// browser does, and in a new browser context each time (a new renderer process, an empty cache): FCP, interactive, HTML size.
    /// </summary>
    private static async Task PaintAsync(IBrowser browser, Uri wall)
    {
        Console.WriteLine($"  {"visit",-16} {"FCP",8} {"interactive",12} {"HTML",10}");
        await using var tab = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var page = await tab.NewPageAsync();
        await VisitAsync(page, wall, "first");
        var (reloadPaint, reloadInteractive) = (new Timings(), new Timings());
        for (var run = 1; run <= PaintRuns; run++)
        {
            var (fcp, ready) = await VisitAsync(page, wall, $"same tab {run}");
            reloadPaint.Add(fcp);
            reloadInteractive.Add(ready);
        }
        var (coldPaint, coldInteractive) = (new Timings(), new Timings());
        for (var run = 1; run <= PaintRuns; run++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
            var (fcp, ready) = await VisitAsync(await context.NewPageAsync(), wall, $"new context {run}");
            coldPaint.Add(fcp);
            coldInteractive.Add(ready);
        }
        Console.WriteLine($"  median, same tab:    FCP {reloadPaint.Median:F0} ms, interactive {reloadInteractive.Median:F0} ms");
        Console.WriteLine($"  median, new context: FCP {coldPaint.Median:F0} ms, interactive {coldInteractive.Median:F0} ms");
    }

    private static async Task<(TimeSpan Paint, TimeSpan Interactive)> VisitAsync(IPage page, Uri wall, string visit)
    {
        var response = await page.GotoAsync(wall.ToString()) ?? throw new InvalidOperationException("No response for /wall.");
        var html = (await response.BodyAsync()).Length;
        await page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        var ready = await page.EvaluateAsync<double>("() => performance.now()");
        var fcp = await page.EvaluateAsync<double>("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");
        Console.WriteLine($"  {visit,-16} {fcp,6:F0}ms {ready,10:F0}ms {html / 1024.0,7:F1} KiB");
        return (TimeSpan.FromMilliseconds(fcp), TimeSpan.FromMilliseconds(ready));
    }

    /// <summary>One wall open, then N in all, each idle and live; the growth of the server's resident memory per extra circuit.</summary>
    private static async Task MemoryAsync(IBrowser browser, ChildServer server, Uri wall, int circuits)
    {
        var pages = new List<IPage> { await OpenAsync(browser, wall) };
        await Task.Delay(Settle);
        var one = (Resident: server.ResidentBytes, Heap: await server.HeapBytesAsync(Path.Combine(Path.GetTempPath(), "wall-1.gcdump")));
        while (pages.Count < circuits) pages.Add(await OpenAsync(browser, wall));
        await Task.Delay(Settle);
        var all = (Resident: server.ResidentBytes, Heap: await server.HeapBytesAsync(Path.Combine(Path.GetTempPath(), $"wall-{circuits}.gcdump")));
        Console.WriteLine($"  resident: {one.Resident / 1_048_576.0:F0} MB with 1 wall, {all.Resident / 1_048_576.0:F0} MB with {circuits}: " +
            $"{(all.Resident - one.Resident) / 1024.0 / (circuits - 1):F0} KiB per wall circuit beyond the first (includes garbage not yet collected)");
        if (one.Heap is { } heapOne && all.Heap is { } heapAll)
        {
            Console.WriteLine($"  managed heap after a full GC: {heapOne / 1_048_576.0:F1} MB with 1 wall, {heapAll / 1_048_576.0:F1} MB with {circuits}: " +
                $"{(heapAll - heapOne) / 1024.0 / (circuits - 1):F0} KiB per wall circuit beyond the first (dumps in {Path.GetTempPath()})");
        }
        foreach (var page in pages) await page.Context.CloseAsync();
    }

    private static async Task<IPage> OpenAsync(IBrowser browser, Uri wall)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(wall.ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        return page;
    }

    /// <summary>Demo records until at least 10,000 are open; those beyond are cancelled, so exactly 10,000 stay open.</summary>
    private static async Task<int> SeedOpenRecordsAsync(BenchDatabase database)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = await database.Factory.CreateDbContextAsync();
        while (await db.Records.CountAsync(RecordQueries.IsOpen) < OpenRecords)
        {
            await database.AddRecordsAsync(10_000, TimeSpan.FromDays(30));
        }
        var last = await db.Records.Where(RecordQueries.IsOpen).OrderBy(r => r.Id).Skip(OpenRecords - 1).Select(r => r.Id).FirstAsync();
        await db.Records.Where(RecordQueries.IsOpen).Where(r => r.Id > last).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, Status.Cancelled));
        var total = await db.Records.CountAsync();
        Console.WriteLine($"Seeded {total:N0} records in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        return await db.Records.CountAsync(RecordQueries.IsOpen);
    }
}
