using System.Threading.Channels;
using RecordKind = OpsBoard.Domain.Records.RecordKind;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Escalation;

/// <summary>
/// Checks for proposed major incidents as soon as an incident or event is recorded (RecordCreated on the change feed, from the
/// SOC's form, the API and the event intake alike), off the publisher's thread; a burst of new records is one check. Only
/// records recorded on this node: with several nodes, the node that recorded one checks, not every node at once.
/// </summary>
public sealed class ProposalWatch(ChangeFeed feed, ProposalDetector detector, ILogger<ProposalWatch> log) : BackgroundService
{
    private readonly Channel<bool> due = System.Threading.Channels.Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.SubscribeOwn(news =>
        {
            if (news.Events?.Any(e => e.Type == BoardEventType.RecordCreated && e.Kind is RecordKind.Incident or RecordKind.Event) == true) due.Writer.TryWrite(true);
        });
        try
        {
            await foreach (var _ in due.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await detector.CheckAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    log.LogError(error, "Checking for proposed major incidents failed; the next new incident checks again.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
