using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Web.Data.Configurations;

public sealed class OlaTargetConfiguration : IEntityTypeConfiguration<OlaTarget>, IEntityTypeConfiguration<OlaPause>
{
    public void Configure(EntityTypeBuilder<OlaTarget> builder)
    {
        builder.ToTable("OlaTargets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Target).HasConversion<long>();
        builder.Property(t => t.CalendarName).HasMaxLength(100).IsRequired();
        builder.ComplexProperty(t => t.Thresholds);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasMany(t => t.Pauses).WithOne().HasForeignKey(p => p.OlaTargetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Pauses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(t => t.IsRunning);
        builder.Ignore(t => t.OpenPause);
        builder.Ignore(t => t.Facts);

        // The sweep reads only clocks whose next change of state has come.
        builder.HasIndex(t => t.NextTransitionAt);
        builder.HasIndex(t => new { t.RecordId, t.Segment });
        builder.HasIndex(t => new { t.State, t.StoppedAt });
    }

    public void Configure(EntityTypeBuilder<OlaPause> builder)
    {
        builder.ToTable("OlaPauses");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Reason).HasMaxLength(50).IsRequired();
        builder.Property(p => p.By).HasMaxLength(200).IsRequired();
    }
}
