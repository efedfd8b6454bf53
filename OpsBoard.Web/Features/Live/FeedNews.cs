namespace OpsBoard.Web.Features.Live;

/// <summary>What this node published on its <see cref="ChangeFeed"/>: a batch of changes, or a beat of the OLA sweep.</summary>
public sealed record FeedNews(IReadOnlyList<BoardEvent>? Events, DateTimeOffset? Beat);
