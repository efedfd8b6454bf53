// Benchmarks and load drivers, never run as tests:
//   dotnet run -c Release --project OpsBoard.Bench -- recording [records]
//   dotnet run -c Release --project OpsBoard.Bench -- queue [records] [--keep]
//   dotnet run -c Release --project OpsBoard.Bench -- clocks [seconds]
//   dotnet run -c Release --project OpsBoard.Bench -- sweep [open records] [due]
//   dotnet run -c Release --project OpsBoard.Bench -- hub [seconds per run]
//   dotnet run -c Release --project OpsBoard.Bench -- wall [circuits]
//   dotnet run -c Release --project OpsBoard.Bench -- events [seconds]
//   dotnet run -c Release --project OpsBoard.Bench -- import [FILE.csv]
//   OPSBOARD_BENCH_POSTGRES=... OPSBOARD_BENCH_REDIS=... dotnet run -c Release --project OpsBoard.Bench -- scaleout [seconds]
using OpsBoard.Bench;

var keep = args.Contains("--keep");
var numbers = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.TryParse(a, out var n) ? n : 0).ToArray();
switch (args.FirstOrDefault())
{
    case "recording":
        await RecordingBenchmark.RunAsync(numbers.FirstOrDefault(3_000));
        return 0;
    case "clocks":
        ClockBenchmark.Run(TimeSpan.FromSeconds(numbers.FirstOrDefault(3)));
        return 0;
    case "sweep":
        await SweepBenchmark.RunAsync(numbers.ElementAtOrDefault(0) is > 0 and var open ? open : 100_000, numbers.ElementAtOrDefault(1) is > 0 and var due ? due : 1_000);
        return 0;
    case "wall":
        await WallBenchmark.RunAsync(numbers.FirstOrDefault(50));
        return 0;
    case "queue":
        await QueueBenchmark.RunAsync(numbers.FirstOrDefault(100_000), keep);
        return 0;
    case "hub":
        await HubBenchmark.RunAsync(numbers.FirstOrDefault(20));
        return 0;
    case "events":
        await EventBenchmark.RunAsync(numbers.FirstOrDefault(10));
        return 0;
    case "import":
        await ImportBenchmark.RunAsync(args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)));
        return 0;
    case "scaleout":
        return await ScaleOutBenchmark.RunAsync(numbers.FirstOrDefault(10));
    case BareHubServer.Command:
        await BareHubServer.RunAsync();
        return 0;
    default:
        Console.WriteLine("Usage: dotnet run -c Release --project OpsBoard.Bench -- recording [records] | queue [records] [--keep] | clocks [seconds] | sweep [open] [due] | hub [seconds] | wall [circuits] | events [seconds] | import [FILE.csv] | scaleout [seconds] (needs OPSBOARD_BENCH_POSTGRES and OPSBOARD_BENCH_REDIS)");
        return 1;
}
