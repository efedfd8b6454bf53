using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Events;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Web.Data.Configurations;

public sealed class IntegrationConfiguration : IEntityTypeConfiguration<Integration>
{
    public void Configure(EntityTypeBuilder<Integration> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Name).HasMaxLength(Integration.MaxNameLength).IsRequired();
        builder.Property(i => i.KeyHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(i => i.KeyHash).IsUnique();
        builder.Property(i => i.KeyHint).HasMaxLength(8).IsRequired();
        builder.HasOne(i => i.Service).WithMany().HasForeignKey(i => i.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(i => i.IsRevoked);
    }
}

public sealed class EventKeyConfiguration : IEntityTypeConfiguration<EventKey>
{
    public void Configure(EntityTypeBuilder<EventKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Key).HasMaxLength(EventKey.MaxLength).IsRequired();
        // The latest EVT a key raised on an integration: the processor looks each trigger up by these.
        builder.HasIndex(k => new { k.IntegrationId, k.Key, k.Id });
        builder.HasOne<Integration>().WithMany().HasForeignKey(k => k.IntegrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(k => k.Record).WithMany().HasForeignKey(k => k.RecordId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class IntakeEventConfiguration : IEntityTypeConfiguration<IntakeEvent>
{
    public void Configure(EntityTypeBuilder<IntakeEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Body).IsRequired();
        builder.Property(e => e.RecordNumber).HasMaxLength(16);
        builder.Property(e => e.Result).HasMaxLength(500);
        // The processor reads what is still to apply, in the order it was accepted.
        builder.HasIndex(e => e.ProcessedAt);
        builder.HasOne<Integration>().WithMany().HasForeignKey(e => e.IntegrationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(RoutingRule.MaxNameLength).IsRequired();
        builder.Property(r => r.LabelName).HasMaxLength(RoutingRule.MaxLabelNameLength);
        builder.Property(r => r.Pattern).HasMaxLength(RoutingRule.MaxPatternLength).IsRequired();
        builder.Property(r => r.ReopenWindow).HasConversion(w => w.Ticks, ticks => TimeSpan.FromTicks(ticks));
        builder.HasOne(r => r.Group).WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Order);
    }
}
