using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Problems;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data.Configurations;

/// <summary>Problems and changes (seed 2.5), each with its own append-only history table.</summary>
public sealed class ProblemChangeConfiguration :
    IEntityTypeConfiguration<Problem>,
    IEntityTypeConfiguration<ProblemHistoryEntry>,
    IEntityTypeConfiguration<Change>,
    IEntityTypeConfiguration<ChangeHistoryEntry>
{
    public void Configure(EntityTypeBuilder<Problem> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Number).HasMaxLength(16).IsRequired();
        builder.HasIndex(p => p.Number).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(RecordDetails.MaxTitleLength).IsRequired();
        builder.HasOne(p => p.Owner).WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.ProblemId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsOpen);
        builder.Ignore(p => p.AllowedActions);
        builder.HasIndex(p => new { p.Status, p.OpenedAt });
        // Every change writes the history and moves UpdatedAt on: two people acting at once, the second save is refused.
        builder.Property(p => p.UpdatedAt).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<ProblemHistoryEntry> builder)
    {
        builder.ToTable("ProblemHistory");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.By).HasMaxLength(200).IsRequired();
        builder.Property(h => h.Field).HasMaxLength(100).IsRequired();
        builder.HasIndex(h => new { h.ProblemId, h.Id });
    }

    public void Configure(EntityTypeBuilder<Change> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(16).IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(RecordDetails.MaxTitleLength).IsRequired();
        builder.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ChangeId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.AllowedActions);
        builder.HasIndex(c => new { c.Status, c.RequestedAt });
        builder.Property(c => c.UpdatedAt).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<ChangeHistoryEntry> builder)
    {
        builder.ToTable("ChangeHistory");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.By).HasMaxLength(200).IsRequired();
        builder.Property(h => h.Field).HasMaxLength(100).IsRequired();
        builder.HasIndex(h => new { h.ChangeId, h.Id });
    }
}

/// <summary>A record's links (Record.Links.cs): one problem, many changes (the RecordChanges table), and the change it awaits.</summary>
public sealed class RecordLinksConfiguration : IEntityTypeConfiguration<Record>
{
    public void Configure(EntityTypeBuilder<Record> builder)
    {
        builder.HasOne(r => r.Problem).WithMany().HasForeignKey(r => r.ProblemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.AwaitingChange).WithMany().HasForeignKey(r => r.AwaitingChangeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Changes).WithMany().UsingEntity("RecordChanges",
            l => l.HasOne(typeof(Change)).WithMany().HasForeignKey("ChangeId").OnDelete(DeleteBehavior.Restrict),
            r => r.HasOne(typeof(Record)).WithMany().HasForeignKey("RecordId").OnDelete(DeleteBehavior.Restrict),
            j => j.HasKey("RecordId", "ChangeId"));
        builder.Navigation(r => r.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
