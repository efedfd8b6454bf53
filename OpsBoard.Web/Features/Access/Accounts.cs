using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// The accounts OpsBoard starts with. In demo mode, one demo user per role (each a person from the demo CMDB, so the history
/// shows a name), printed at start-up and listed in the README, and, with <c>OpsBoard:Demo:AdminToken</c>, an admin access
/// token. Outside demo mode, the first administrator comes from <c>OpsBoard:Access:AdminEmail</c> and <c>AdminPassword</c>.
/// </summary>
public static class Accounts
{
    public const string DemoPassword = "OpsBoard-Demo-2026";
    public const string AdminTokenSetting = "OpsBoard:Demo:AdminToken";

    /// <summary>Demo accounts: email, role, and which demo person (by job title or group line) signs in with it.</summary>
    public static readonly IReadOnlyList<(string Email, string Role, Func<Person, bool> Who)> Demo =
    [
        ("soc@opsboard.demo", Roles.SocAnalyst, p => p.Groups.Any(g => g.Line == 1)),
        ("resolver@opsboard.demo", Roles.Resolver, p => p.Groups.Any(g => g.Line == 2)),
        ("manager@opsboard.demo", Roles.ServiceManager, p => p.JobTitle == "Service manager"),
        ("mim@opsboard.demo", Roles.MajorIncidentManager, p => p.Groups.Any(g => g.Line == 3)),
        ("security@opsboard.demo", Roles.SecurityAnalyst, p => p.Groups.Any(g => g.IsSecurityGroup)),
        ("admin@opsboard.demo", Roles.Admin, _ => false),
    ];

    public static async Task EnsureAccountsAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Succeed(await roles.CreateAsync(new IdentityRole(role)), $"create the role {role}");
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OpsBoardUser>>();
        if (configuration.GetValue("OpsBoard:DemoData", true))
        {
            await EnsureDemoUsersAsync(scope.ServiceProvider, users, logger);
            await EnsureDemoAdminTokenAsync(scope.ServiceProvider, users, configuration, logger);
        }
        else
        {
            await EnsureFirstAdminAsync(users, scope.ServiceProvider.GetRequiredService<AccessOptions>(), logger);
        }
    }

    private static async Task EnsureDemoUsersAsync(IServiceProvider services, UserManager<OpsBoardUser> users, ILogger logger)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        var people = await db.People.Include(p => p.Groups).OrderBy(p => p.Id).ToListAsync();
        var taken = new HashSet<int>();
        var lines = new List<string>();
        foreach (var (email, role, who) in Demo)
        {
            var person = people.FirstOrDefault(p => who(p) && !taken.Contains(p.Id));
            if (person is not null) taken.Add(person.Id);
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new OpsBoardUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = person?.Name ?? "Demo administrator", PersonId = person?.Id };
                Succeed(await users.CreateAsync(user, DemoPassword), $"create the demo user {email}");
                Succeed(await users.AddToRoleAsync(user, role), $"give {email} the role {role}");
            }
            lines.Add($"  {Roles.Describe(role),-24} {email,-24} {user.DisplayName}");
        }
        logger.LogInformation("Demo users (password {Password}):{NewLine}{Users}", DemoPassword, Environment.NewLine, string.Join(Environment.NewLine, lines));
    }

    private static async Task EnsureDemoAdminTokenAsync(IServiceProvider services, UserManager<OpsBoardUser> users, IConfiguration configuration, ILogger logger)
    {
        var token = configuration[AdminTokenSetting];
        if (string.IsNullOrWhiteSpace(token)) return;
        if (token.Length < 16) throw new InvalidOperationException($"The setting {AdminTokenSetting} must be at least 16 characters: it gives whoever knows it an administrator's rights.");
        var tokens = services.GetRequiredService<AccessTokens>();
        if (await tokens.ExistsAsync(token)) return;
        var admin = await users.FindByEmailAsync(Demo[^1].Email) ?? throw new InvalidOperationException("The demo administrator is missing.");
        await tokens.IssueAsync(admin.Id, "Demo admin token", "OpsBoard start-up", token);
        logger.LogInformation("The demo admin token from {Setting} calls the API as {Admin}.", AdminTokenSetting, admin.DisplayName);
    }

    private static async Task EnsureFirstAdminAsync(UserManager<OpsBoardUser> users, AccessOptions options, ILogger logger)
    {
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0) return;
        if (string.IsNullOrWhiteSpace(options.AdminEmail) || string.IsNullOrWhiteSpace(options.AdminPassword))
        {
            throw new InvalidOperationException("OpsBoard has no administrator yet: set OpsBoard:Access:AdminEmail and OpsBoard:Access:AdminPassword " +
                "(with dotnet user-secrets, or the environment as OpsBoard__Access__AdminEmail and OpsBoard__Access__AdminPassword) and start it again.");
        }
        var admin = new OpsBoardUser { UserName = options.AdminEmail, Email = options.AdminEmail, EmailConfirmed = true, DisplayName = options.AdminName };
        Succeed(await users.CreateAsync(admin, options.AdminPassword), "create the first administrator from OpsBoard:Access");
        Succeed(await users.AddToRoleAsync(admin, Roles.Admin), "make the first administrator an admin");
        logger.LogInformation("Created the first administrator, {Email}.", options.AdminEmail);
    }

    private static void Succeed(IdentityResult result, string what)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
