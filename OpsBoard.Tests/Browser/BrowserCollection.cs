namespace OpsBoard.Tests.Browser;

/// <summary>
/// Every browser test shares one Chromium and runs on its own, after the parallel tests: two browsers driving two apps
/// at once on a loaded 2-core machine pushed a 15-second wait over its limit.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "Browser";
}
