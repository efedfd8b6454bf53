using OpsBoard.Domain.Escalation;

namespace OpsBoard.Web.Features.Escalation;

/// <summary>
/// The limits of the escalations "beyond the peers": OpsBoard:Escalation:PingPongPasses (passes between groups allowed before
/// the service manager is alerted, default 3), OpsBoard:MajorIncidents:ProposeAt and ProposeWithinMinutes (incidents on one
/// service or CI within that many minutes that propose a major incident, defaults 5 and 15).
/// </summary>
public sealed record EscalationOptions(int PingPongPasses, int ProposeAt, TimeSpan ProposeWithin)
{
    public const string PingPongSetting = "OpsBoard:Escalation:PingPongPasses";
    public const string ProposeAtSetting = "OpsBoard:MajorIncidents:ProposeAt";
    public const string ProposeWithinSetting = "OpsBoard:MajorIncidents:ProposeWithinMinutes";

    public static readonly EscalationOptions Default = new(PingPong.DefaultPasses, ProposalRule.DefaultCount, ProposalRule.DefaultWindow);

    public ProposalRule ProposalRule => new(ProposeAt, ProposeWithin);

    /// <summary>The configured limits, refused at start-up with the setting's name when one makes no sense.</summary>
    public static EscalationOptions Read(IConfiguration configuration)
    {
        var passes = configuration.GetValue(PingPongSetting, PingPong.DefaultPasses);
        if (PingPong.Problem(passes) is { } problem) throw new InvalidOperationException($"{PingPongSetting} is {passes}: {problem}");
        var count = configuration.GetValue(ProposeAtSetting, ProposalRule.DefaultCount);
        var minutes = configuration.GetValue(ProposeWithinSetting, ProposalRule.DefaultWindow.TotalMinutes);
        if (ProposalRule.Problem(count, TimeSpan.FromMinutes(minutes)) is { } wrong)
        {
            throw new InvalidOperationException($"{ProposeAtSetting} is {count} and {ProposeWithinSetting} is {minutes}: {wrong}");
        }
        return new EscalationOptions(passes, count, TimeSpan.FromMinutes(minutes));
    }
}
