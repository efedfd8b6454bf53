// Benchmarks and load drivers: run with `dotnet run -c Release --project OpsBoard.Bench -- <benchmark>`.
Console.WriteLine("Usage: dotnet run -c Release --project OpsBoard.Bench -- recording|queue");
return 1;
