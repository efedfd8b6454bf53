using OpsBoard.Web.Features.Wall;

namespace OpsBoard.Tests.Features.Wall;

public sealed class WallOptionsTests
{
    [Fact]
    public void Read_TakesIdsViewsAndRotation_FromTheAddress()
    {
        var options = WallOptions.Read("2, 3", "1", "nearest,Groups", "45");

        Assert.Equal([2, 3], options.GroupIds);
        Assert.Equal([1], options.ServiceIds);
        Assert.True(options.Filter.Follows(3, 1));
        Assert.False(options.Filter.Follows(4, 1));
        Assert.Equal([WallView.Nearest, WallView.Groups], options.Views);
        Assert.Equal(TimeSpan.FromSeconds(45), options.Rotate);
        Assert.Empty(options.Problems);
    }

    [Fact]
    public void Read_ShowsTheSummaryOfEverything_WhenTheAddressSaysNothing()
    {
        var options = WallOptions.Read(null, null, null, null);

        Assert.True(options.Filter.Follows(99, 99));
        Assert.Equal([WallView.Summary], options.Views);
        Assert.Equal(WallOptions.DefaultRotate, options.Rotate);
        Assert.Empty(options.Problems);
    }

    [Theory]
    [InlineData("x", null, null, null, "groups=x: \"x\" is not a support group id. Give ids separated by commas, e.g. groups=2,3")]
    [InlineData(null, "-1", null, null, "services=-1: \"-1\" is not a service id.")]
    [InlineData(null, null, "summary,tiles", null, "views=summary,tiles: \"tiles\" is not a view. Choose from summary, nearest, groups.")]
    [InlineData(null, null, "2", null, "\"2\" is not a view.")]
    [InlineData(null, null, null, "2", "rotate=2: give the seconds between views as a whole number of at least 5, e.g. rotate=30.")]
    [InlineData(null, null, null, "soon", "rotate=soon:")]
    public void Read_SaysWhatIsWrongAndHowToFixIt_WhenAPartCannotBeRead(string? groups, string? services, string? views, string? rotate, string problem)
    {
        var options = WallOptions.Read(groups, services, views, rotate);

        Assert.Contains(options.Problems, p => p.Contains(problem, StringComparison.Ordinal));
        Assert.NotEmpty(options.Views);
    }
}
