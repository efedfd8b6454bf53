using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Domain.Events;

/// <summary>
/// A monitoring tool allowed to raise events: its key is PagerDuty's <c>routing_key</c> and Alertmanager's bearer token.
/// Only a hash of the key is kept (the key is shown once, when issued); events open EVT records on its service.
/// </summary>
public sealed class Integration
{
    public const int MaxNameLength = 100;

    private Integration()
    {
        Name = string.Empty;
        KeyHash = string.Empty;
        KeyHint = string.Empty;
    }

    public Integration(string name, Service service, string keyHash, string keyHint, DateTimeOffset at)
    {
        Name = name;
        Service = service;
        ServiceId = service.Id;
        KeyHash = keyHash;
        KeyHint = keyHint;
        CreatedAt = at;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int ServiceId { get; private set; }

    public Service? Service { get; private set; }

    /// <summary>SHA-256 of the key, hex.</summary>
    public string KeyHash { get; private set; }

    /// <summary>The key's last characters, so a person can tell keys apart without seeing them.</summary>
    public string KeyHint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;

    public void Used(DateTimeOffset at)
    {
        if (LastUsedAt is null || at > LastUsedAt) LastUsedAt = at;
    }
}
