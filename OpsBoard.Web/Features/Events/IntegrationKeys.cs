using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Events;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// Integration keys: issued once as 32 random characters, kept only as a SHA-256 hash, and looked up from memory on every
/// event (the intake must not read the database to check a key). Revoking or issuing a key refreshes the lookup.
/// </summary>
public sealed class IntegrationKeys(IDbContextFactory<OpsBoardDb> dbs, TimeProvider clock)
{
    private readonly Lock gate = new();
    private volatile FrozenDictionary<string, KeyEntry>? byHash;

    // Counts issues and revokes: a lookup read before one of them is never kept after it, so a revoked key cannot linger.
    private long changes;

    /// <summary>The integration a key belongs to, or why it may not send events.</summary>
    public async ValueTask<KeyCheck> CheckAsync(string? key, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(key)) return KeyCheck.Missing;
        var keys = byHash ?? await LoadAsync(ct);
        if (!keys.TryGetValue(Hash(key), out var entry)) return KeyCheck.Unknown;
        return entry.Revoked ? KeyCheck.RevokedKey(entry.Name) : KeyCheck.Valid(entry.Id);
    }

    /// <summary>
    /// Issues an integration for the service; the key is in the result and nowhere else. <paramref name="audit"/>, when given, is
    /// saved in the same transaction (it must not contain the key).
    /// </summary>
    public async Task<(Integration Integration, string Key)> IssueAsync(
        string name, int serviceId, string? key = null, Func<Integration, AuditEntry>? audit = null, CancellationToken ct = default)
    {
        key ??= NewKey();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var service = await db.Services.SingleAsync(s => s.Id == serviceId, ct);
        var integration = new Integration(name.Trim(), service, Hash(key), key[^4..], clock.GetUtcNow());
        db.Integrations.Add(integration);
        if (audit is not null) db.AuditLog.Add(audit(integration));
        await db.SaveChangesAsync(ct);
        Changed();
        return (integration, key);
    }

    /// <summary>Revokes the key; the intake refuses it from the next event on. <paramref name="audit"/>, when given, is saved with it.</summary>
    public async Task<bool> RevokeAsync(int integrationId, Func<Integration, AuditEntry>? audit = null, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var integration = await db.Integrations.SingleOrDefaultAsync(i => i.Id == integrationId, ct);
        if (integration is null) return false;
        integration.Revoke(clock.GetUtcNow());
        if (audit is not null) db.AuditLog.Add(audit(integration));
        await db.SaveChangesAsync(ct);
        Changed();
        return true;
    }

    /// <summary>Whether an integration with this key exists (revoked or not).</summary>
    public async Task<bool> ExistsAsync(string key, CancellationToken ct = default) =>
        (byHash ?? await LoadAsync(ct)).ContainsKey(Hash(key));

    public static string Hash(string key) => Secrets.Hash(key);

    private static string NewKey() => Secrets.New();

    private async Task<FrozenDictionary<string, KeyEntry>> LoadAsync(CancellationToken ct)
    {
        var seen = Interlocked.Read(ref changes);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Integrations.AsNoTracking().Select(i => new { i.KeyHash, i.Id, i.Name, i.RevokedAt }).ToListAsync(ct);
        var keys = rows.ToFrozenDictionary(r => r.KeyHash, r => new KeyEntry(r.Id, r.Name, r.RevokedAt is not null), StringComparer.Ordinal);
        lock (gate)
        {
            if (changes == seen) byHash = keys;
        }
        return keys;
    }

    private void Changed()
    {
        lock (gate)
        {
            changes++;
            byHash = null;
        }
    }

    private sealed record KeyEntry(int Id, string Name, bool Revoked);
}

/// <summary>The integration a key names, or why it cannot send events.</summary>
public readonly record struct KeyCheck(int? IntegrationId, string? Problem)
{
    public static KeyCheck Missing => new(null, "Send the integration key: routing_key for the Events API, a bearer token for Alertmanager.");

    public static KeyCheck Unknown => new(null, "No integration has this key; check it, or issue one under Admin > Integrations.");

    public static KeyCheck RevokedKey(string name) => new(null, $"The key of integration \"{name}\" has been revoked; issue a new key and update the sender.");

    public static KeyCheck Valid(int integrationId) => new(integrationId, null);
}
