namespace OpsBoard.Domain.Ola;

/// <summary>The group that held the record from <see cref="From"/> until the next holder took it.</summary>
public readonly record struct ClockHolder(DateTimeOffset From, int? SupportGroupId);
