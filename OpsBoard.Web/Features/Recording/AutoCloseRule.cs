using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.Recording;

/// <summary>
/// The auto-close rule in force: the configured number of business days (OpsBoard:AutoClose:BusinessDays, default 3)
/// counted on the office-hours calendar as administrators last edited it.
/// </summary>
public sealed class AutoCloseRule(OlaPolicyStore policies, int businessDays)
{
    public const string Setting = "OpsBoard:AutoClose:BusinessDays";

    public async Task<AutoClose> GetAsync(CancellationToken ct = default) =>
        new(businessDays, (await policies.GetAsync(ct)).Calendar(OlaPolicy.WorkingHours));

    /// <summary>The configured days, refused at start-up with the setting's name when they make no sense.</summary>
    public static int Read(IConfiguration configuration)
    {
        var days = configuration.GetValue(Setting, AutoClose.DefaultBusinessDays);
        return AutoClose.Problem(days) is { } problem ? throw new InvalidOperationException($"{Setting} is {days}: {problem}") : days;
    }
}
