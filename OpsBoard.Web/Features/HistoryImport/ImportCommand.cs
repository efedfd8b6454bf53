namespace OpsBoard.Web.Features.HistoryImport;

/// <summary>
/// <c>dotnet run --project OpsBoard.Web -- import FILE.csv [--soc-group NAME] [--time-zone ZONE]</c>: imports an incident
/// event log into the configured database with a progress bar on the terminal, lists refused rows by line and exits
/// non-zero when the file could not be imported.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public const string Usage = "Usage: dotnet run --project OpsBoard.Web -- import FILE.csv [--soc-group \"Group 70\"] [--time-zone Europe/London]";

    public static bool Wanted(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct = default)
    {
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            await output.WriteLineAsync($"Name the file to import. {Usage}");
            return 2;
        }
        var path = args[1];
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"There is no file {Path.GetFullPath(path)}. {Usage}");
            return 2;
        }
        var options = new ImportOptions(Option(args, "--soc-group"), Option(args, "--time-zone") ?? new ImportOptions().TimeZone);
        await output.WriteLineAsync($"Importing {Path.GetFullPath(path)} (times in {options.TimeZone}; SOC group: {options.SocGroup ?? "rows without a group"})");
        var bar = new ProgressBar(output, interactive: !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out));
        ImportSummary summary;
        await using (var file = File.OpenRead(path))
        {
            summary = await services.GetRequiredService<HistoryImporter>().ImportAsync(file, options, "Import (command line)", bar, ct);
        }
        bar.Finish();
        foreach (var problem in summary.Problems.Where(_ => summary.Succeeded))
            await output.WriteLineAsync($"  line {problem.Line}{(problem.Number is null ? string.Empty : $" ({problem.Number})")}: {problem.Reason}");
        await output.WriteLineAsync(summary.Describe());
        return summary.Succeeded ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>One line redrawn in place on a terminal; a line per stage and every 10% when the output is a file or pipe.</summary>
    private sealed class ProgressBar(TextWriter output, bool interactive) : IProgress<ImportProgress>
    {
        private const int Width = 30;
        private string? stage;
        private int lastTenth = -1;

        public void Report(ImportProgress value)
        {
            var filled = (int)Math.Round(Width * value.Percent / 100);
            var line = $"{value.Stage,-15} [{new string('#', filled)}{new string('.', Width - filled)}] {value.Percent,5:0.0}%  {value.Done:N0}/{value.Total:N0}";
            if (interactive)
            {
                if (stage is not null && stage != value.Stage) output.WriteLine();
                output.Write("\r" + line);
            }
            else if (stage != value.Stage || (int)(value.Percent / 10) != lastTenth)
            {
                output.WriteLine(line);
            }
            stage = value.Stage;
            lastTenth = (int)(value.Percent / 10);
        }

        public void Finish()
        {
            if (interactive && stage is not null) output.WriteLine();
        }
    }
}
