using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsBoard.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.By).HasMaxLength(AuditEntry.MaxByLength).IsRequired();
        builder.Property(a => a.Area).HasMaxLength(AuditEntry.MaxAreaLength).IsRequired();
        builder.Property(a => a.Subject).HasMaxLength(AuditEntry.MaxSubjectLength).IsRequired();
        builder.Property(a => a.Change).IsRequired();
        // The log reads newest first, over everything or one area.
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Area, a.At });
    }
}
