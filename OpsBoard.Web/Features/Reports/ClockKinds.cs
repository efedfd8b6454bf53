using OpsBoard.Domain.Ola;

namespace OpsBoard.Web.Features.Reports;

/// <summary>The clocks reports count (never a major incident's update clock), and their names in tables.</summary>
public static class ClockKinds
{
    public static IReadOnlyList<OlaTargetKind> Reported { get; } = [OlaTargetKind.Response, OlaTargetKind.Resolution, OlaTargetKind.RecordResolution];

    public static string Name(OlaTargetKind kind) => kind switch
    {
        OlaTargetKind.Response => "Response",
        OlaTargetKind.Resolution => "Resolution",
        OlaTargetKind.RecordResolution => "Record target",
        _ => "Major incident update",
    };
}
