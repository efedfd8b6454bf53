namespace OpsBoard.Web.Features.Recording;

/// <summary>Who is making changes, as written into the history. Sign-in replaces the configured name when it arrives.</summary>
public sealed class Actor(IConfiguration configuration)
{
    public string Name { get; } = configuration["OpsBoard:Actor"] ?? "Demo SOC analyst";
}
