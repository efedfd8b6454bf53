using System.Globalization;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Wall;

/// <summary>
/// A wall screen's settings, from its address alone: <c>/wall?groups=2,3&amp;services=1&amp;views=summary,nearest&amp;rotate=30</c>.
/// What cannot be read is left at its default and said in <see cref="Problems"/>, so a screen across the room still shows something.
/// </summary>
public sealed record WallOptions(BoardFilter Filter, IReadOnlyList<int> GroupIds, IReadOnlyList<int> ServiceIds, IReadOnlyList<WallView> Views, TimeSpan Rotate, IReadOnlyList<string> Problems)
{
    public static readonly TimeSpan DefaultRotate = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MinimumRotate = TimeSpan.FromSeconds(5);

    public static WallOptions Read(string? groups, string? services, string? views, string? rotate)
    {
        var problems = new List<string>();
        var groupIds = Ids(groups, "groups", "support group", problems);
        var serviceIds = Ids(services, "services", "service", problems);
        return new WallOptions(BoardFilter.Of(groupIds, serviceIds), groupIds, serviceIds, ViewsIn(views, problems), Rotation(rotate, problems), problems);
    }

    private static List<int> Ids(string? text, string name, string what, List<string> problems)
    {
        var ids = new List<int>();
        foreach (var part in Parts(text))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) ids.Add(id);
            else problems.Add($"{name}={text}: \"{part}\" is not a {what} id. Give ids separated by commas, e.g. {name}=2,3 (GET /api/catalogue lists them).");
        }
        return ids;
    }

    private static List<WallView> ViewsIn(string? text, List<string> problems)
    {
        var views = new List<WallView>();
        foreach (var part in Parts(text))
        {
            if (Enum.TryParse<WallView>(part, ignoreCase: true, out var view) && Enum.IsDefined(view) && !char.IsDigit(part[0])) views.Add(view);
            else problems.Add($"views={text}: \"{part}\" is not a view. Choose from {string.Join(", ", Enum.GetNames<WallView>().Select(n => n.ToLowerInvariant()))}.");
        }
        return views.Count == 0 ? [WallView.Summary] : [.. views.Distinct()];
    }

    private static TimeSpan Rotation(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return DefaultRotate;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= MinimumRotate.TotalSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        problems.Add($"rotate={text}: give the seconds between views as a whole number of at least {MinimumRotate.TotalSeconds:0}, e.g. rotate=30.");
        return DefaultRotate;
    }

    private static IEnumerable<string> Parts(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
