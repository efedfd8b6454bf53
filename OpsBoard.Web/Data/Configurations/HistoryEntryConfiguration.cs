using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data.Configurations;

public sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        builder.ToTable("History");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.By).HasMaxLength(200).IsRequired();
        builder.Property(h => h.Field).HasMaxLength(100).IsRequired();
        builder.HasIndex(h => new { h.RecordId, h.Id });
    }
}
