using System.Collections.Immutable;

namespace OpsBoard.Web.Features.Wall;

/// <summary>
/// One immutable version of the board: every open record, nearest due first, with the names of groups and services.
/// Shared by every wall circuit; a change makes a new version that reuses the records it did not touch.
/// </summary>
public sealed class Board
{
    private Board(long version, DateTimeOffset changedAt, ImmutableArray<BoardRecord> records, BoardCatalogue catalogue)
    {
        Version = version;
        ChangedAt = changedAt;
        Records = records;
        Catalogue = catalogue;
    }

    /// <summary>Counts up with each change, so a screen can tell whether what it worked out is still current.</summary>
    public long Version { get; }

    /// <summary>When this version was made: the board as read from the database then.</summary>
    public DateTimeOffset ChangedAt { get; }

    public ImmutableArray<BoardRecord> Records { get; }

    public BoardCatalogue Catalogue { get; }

    public static Board Of(BoardRead read, DateTimeOffset at)
    {
        var records = read.Open.ToBuilder();
        records.Sort(BoardRecord.NearestDueFirst);
        return new Board(1, at, records.ToImmutable(), read.Catalogue);
    }

    /// <summary>The next version: the records named in <paramref name="numbers"/> replaced by what was read of them (those no longer open drop off).</summary>
    public Board With(IReadOnlySet<string> numbers, BoardRead read, DateTimeOffset at)
    {
        var records = ImmutableArray.CreateBuilder<BoardRecord>(Records.Length + read.Open.Length);
        foreach (var record in Records)
        {
            if (!numbers.Contains(record.Number)) records.Add(record);
        }
        records.AddRange(read.Open);
        records.Sort(BoardRecord.NearestDueFirst);
        return new Board(Version + 1, at, records.ToImmutable(), read.Catalogue);
    }
}

/// <summary>The names of support groups and services, by id.</summary>
public sealed record BoardCatalogue(ImmutableDictionary<int, string> Groups, ImmutableDictionary<int, string> Services);

/// <summary>What one read of the database found: the open records asked for, and the catalogue names.</summary>
public sealed record BoardRead(ImmutableArray<BoardRecord> Open, BoardCatalogue Catalogue);
