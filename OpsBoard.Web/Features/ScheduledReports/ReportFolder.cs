using System.Text;

namespace OpsBoard.Web.Features.ScheduledReports;

/// <summary>
/// The folder the scheduled runs write to (<c>OpsBoard:Reports:Folder</c>, default <c>App_Data/reports</c>). A file is
/// written beside its final name under a hidden temporary name and then moved over it, so a listing or a download never
/// sees half a file, and a re-run of a period replaces its files whole.
/// </summary>
public sealed class ReportFolder(string path)
{
    public const string Setting = "OpsBoard:Reports:Folder";

    public string Path => path;

    public static ReportFolder Read(IConfiguration configuration, string contentRoot) =>
        new(System.IO.Path.GetFullPath(configuration[Setting] is { Length: > 0 } folder ? folder : System.IO.Path.Combine("App_Data", "reports"), contentRoot));

    public async Task WriteAsync(string name, string content, CancellationToken ct)
    {
        if (ReportFile.Read(name) is null) throw new ArgumentException($"\"{name}\" is not a scheduled report's name.", nameof(name));
        Directory.CreateDirectory(path);
        var temporary = System.IO.Path.Combine(path, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
            File.Move(temporary, System.IO.Path.Combine(path, name), overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Every scheduled report file in the folder, newest period first, each period's HTML before its CSVs.</summary>
    public IReadOnlyList<ReportFile> List()
    {
        if (!Directory.Exists(path)) return [];
        return [.. new DirectoryInfo(path).EnumerateFiles()
            .Select(f => ReportFile.Read(f.Name) is { } what ? new ReportFile(f.Name, what.Period, what.Report, f.Length) : null)
            .OfType<ReportFile>()
            .OrderByDescending(f => f.Period.Last)
            .ThenByDescending(f => f.Period.Schedule)
            .ThenBy(f => f.Report ?? 0)];
    }

    /// <summary>The file of that name in the folder, or null when there is none or the name is no scheduled report's.</summary>
    public ReportFile? Find(string name)
    {
        if (ReportFile.Read(name) is not { } what) return null;
        var file = new FileInfo(System.IO.Path.Combine(path, name));
        return file.Exists ? new ReportFile(name, what.Period, what.Report, file.Length) : null;
    }

    public string FullPath(ReportFile file) => System.IO.Path.Combine(path, file.Name);
}
