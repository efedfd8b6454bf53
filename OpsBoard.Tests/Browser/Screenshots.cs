namespace OpsBoard.Tests.Browser;

/// <summary>Where browser tests leave their screenshots: a folder beside the test binaries.</summary>
public static class Screenshots
{
    public static string PathFor(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
