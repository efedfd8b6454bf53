namespace OpsBoard.Web.Features.Access;

/// <summary>
/// <c>OpsBoard:Access</c>: the first administrator (outside demo mode), and single sign-on by OpenID Connect when an
/// authority is set. Secrets belong in user-secrets or the environment, never in appsettings.json.
/// </summary>
public sealed record AccessOptions
{
    public const string Section = "OpsBoard:Access";

    public string? AdminEmail { get; init; }

    public string? AdminPassword { get; init; }

    public string AdminName { get; init; } = "Administrator";

    /// <summary>Where the keys that sign cookies and kiosk links are kept; App_Data/keys by default.</summary>
    public string? KeysDirectory { get; init; }

    public OidcOptions Oidc { get; init; } = new();

    public static AccessOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<AccessOptions>() ?? new AccessOptions();
}

/// <summary>An organisation's identity provider: its authority, this app's client, and the claim that carries OpsBoard role names.</summary>
public sealed record OidcOptions
{
    public string? Authority { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string DisplayName { get; init; } = "Single sign-on";

    public string RoleClaim { get; init; } = "roles";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
