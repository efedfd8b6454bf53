using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Events;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Admin;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// Lists, issues and revokes integrations for the admin screen and API. Keys are made and kept by <see cref="IntegrationKeys"/>
/// (a hash only); each issue or revoke is saved with its audit entry in one transaction, and the entry never holds the key.
/// </summary>
public sealed class IntegrationAdmin(IDbContextFactory<OpsBoardDb> dbs, IntegrationKeys keys)
{
    public async Task<IntegrationList> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var services = await db.Services.AsNoTracking().OrderBy(s => s.Name).Select(s => new ServiceChoice(s.Id, s.Name)).ToListAsync(ct);
        var names = services.ToDictionary(s => s.Id, s => s.Name);
        var rows = await db.Integrations.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var waiting = db.IntakeLog.Where(e => e.ProcessedAt == null);
        var backlog = new IntakeBacklog(await waiting.CountAsync(ct), await waiting.OrderBy(e => e.Id).Select(e => (DateTimeOffset?)e.ReceivedAt).FirstOrDefaultAsync(ct));
        return new IntegrationList([.. rows.Select(i => View(i, names.GetValueOrDefault(i.ServiceId, $"Service {i.ServiceId}")))], services, backlog);
    }

    /// <summary>Issues a new integration; its key is in the answer once and is never stored or shown again.</summary>
    public async Task<IssueResult> IssueAsync(string? name, int? serviceId, string by, CancellationToken ct = default)
    {
        var problems = new Dictionary<string, string>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name)) problems["name"] = "Enter a name that says which tool sends the events, for example Prometheus production.";
        else if (name.Length > Integration.MaxNameLength) problems["name"] = $"The name is {name.Length} characters; keep it to {Integration.MaxNameLength}.";
        string? serviceName = null;
        if (serviceId is not { } id)
        {
            problems["serviceId"] = "Pick the service the events are about: their EVT records are raised on it.";
        }
        else
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            serviceName = await db.Services.Where(s => s.Id == id).Select(s => s.Name).SingleOrDefaultAsync(ct);
            if (serviceName is null) problems["serviceId"] = $"There is no service with id {id}; pick one from the catalogue (GET /api/catalogue).";
        }
        if (problems.Count > 0) return new IssueResult(AdminResult.Invalid(problems), null);

        string change = string.Empty;
        var (integration, key) = await keys.IssueAsync(name!, serviceId!.Value, audit: issued =>
        {
            change = $"Issued a key ending {Secrets.Hint(issued.KeyHint)} for events on {serviceName}";
            return new AuditEntry(issued.CreatedAt, by, AuditArea.Integration, Subject(issued.Name), change);
        }, ct: ct);
        return new IssueResult(AdminResult.Done(Subject(integration.Name), change), new IssuedIntegration(View(integration, serviceName!), key));
    }

    /// <summary>Revokes an integration's key: the intake refuses it from the next event on. Revoking twice changes nothing.</summary>
    public async Task<AdminResult> RevokeAsync(int id, string by, CancellationToken ct = default)
    {
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var found = await db.Integrations.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Name, i.RevokedAt }).SingleOrDefaultAsync(ct);
            if (found is null) return AdminResult.NotFound("integration", $"There is no integration {id}; reload the list.");
            if (found.RevokedAt is not null) return AdminResult.Done(Subject(found.Name), null);
        }
        string subject = string.Empty, change = string.Empty;
        var revoked = await keys.RevokeAsync(id, integration =>
        {
            subject = Subject(integration.Name);
            change = $"Revoked the key ending {Secrets.Hint(integration.KeyHint)}; events sent with it are refused";
            return new AuditEntry(integration.RevokedAt!.Value, by, AuditArea.Integration, subject, change);
        }, ct);
        return revoked ? AdminResult.Done(subject, change) : AdminResult.NotFound("integration", $"There is no integration {id}; reload the list.");
    }

    private static string Subject(string name) => $"Integration \"{name}\"";

    private static IntegrationView View(Integration i, string serviceName) =>
        new(i.Id, i.Name, i.ServiceId, serviceName, Secrets.Hint(i.KeyHint), i.CreatedAt, i.LastUsedAt, i.RevokedAt);
}

/// <summary>An integration as listed: never its key, only the key's last characters.</summary>
public sealed record IntegrationView(
    int Id, string Name, int ServiceId, string ServiceName, string KeyHint, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

public sealed record ServiceChoice(int Id, string Name);

public sealed record IntegrationList(IReadOnlyList<IntegrationView> Integrations, IReadOnlyList<ServiceChoice> Services, IntakeBacklog Backlog);

/// <summary>
/// Events stored (answered 202) but not yet applied to EVT records, and when the oldest was received: under a burst the
/// intake stores first and the processor catches up (<see cref="IntakePressure"/>), so operators can see how far behind it is.
/// </summary>
public sealed record IntakeBacklog(int Waiting, DateTimeOffset? OldestReceivedAt);

/// <summary>A new integration and its key: the only time the key is given out.</summary>
public sealed record IssuedIntegration(IntegrationView Integration, string Key);

public sealed record IssueResult(AdminResult Result, IssuedIntegration? Issued);

/// <summary>The body of POST /api/integrations.</summary>
public sealed record IssueIntegrationRequest(string? Name, int? ServiceId);
