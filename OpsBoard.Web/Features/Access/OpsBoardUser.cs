using Microsoft.AspNetCore.Identity;

namespace OpsBoard.Web.Features.Access;

/// <summary>A person who signs in to OpsBoard: an ASP.NET Core Identity account with the name the history shows.</summary>
public sealed class OpsBoardUser : IdentityUser
{
    public const int MaxDisplayNameLength = 200;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The person in the CMDB this account belongs to, whose support groups a resolver works for.</summary>
    public int? PersonId { get; set; }
}
