namespace OpsBoard.Web.Features.Wall;

/// <summary>What a wall screen can show, one at a time, rotating when the address names more than one.</summary>
public enum WallView
{
    /// <summary>Tiles, the records nearest to breach and open records by group.</summary>
    Summary,

    /// <summary>The records nearest to breach, the whole screen of them.</summary>
    Nearest,

    /// <summary>Open records by group and priority, with those in jeopardy and breached today.</summary>
    Groups,
}
