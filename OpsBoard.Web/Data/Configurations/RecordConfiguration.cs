using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data.Configurations;

public sealed class RecordConfiguration : IEntityTypeConfiguration<Record>
{
    /// <summary>A shadow column counting the saves that changed the record; <see cref="OpsBoardDb"/> moves it on.</summary>
    public const string Version = "Version";

    public void Configure(EntityTypeBuilder<Record> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Number).HasMaxLength(16).IsRequired();
        builder.HasIndex(r => r.Number).IsUnique();
        // An imported record keeps its number in the source system; importing the same incident again finds it.
        builder.Property(r => r.SourceNumber).HasMaxLength(40);
        builder.HasIndex(r => r.SourceNumber).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(RecordDetails.MaxTitleLength).IsRequired();
        builder.Property(r => r.Caller).HasMaxLength(RecordDetails.MaxCallerLength);
        builder.Property(r => r.Category).HasMaxLength(100);
        builder.HasOne(r => r.Service).WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ConfigurationItem).WithMany().HasForeignKey(r => r.ConfigurationItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.AssignmentGroup).WithMany().HasForeignKey(r => r.AssignmentGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Assignee).WithMany().HasForeignKey(r => r.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.MajorIncidentManager).WithMany().HasForeignKey(r => r.MajorIncidentManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ParentMajorIncident).WithMany().HasForeignKey(r => r.ParentMajorIncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Clocks).WithOne().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Clocks).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Two people acting on one record at once: the second save is refused rather than lost. A counter, not
        // UpdatedAt: two changes in the same millisecond leave UpdatedAt as it was and the later save would win.
        builder.Property<long>(Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.AllowedActions);
        builder.Ignore(r => r.IsMajorIncident);
        builder.Ignore(r => r.IsOpenMajorIncident);

        // The queue filters by these and sorts by priority then age.
        builder.HasIndex(r => new { r.Status, r.Priority, r.OpenedAt });
        builder.HasIndex(r => new { r.AssignmentGroupId, r.Status });
        builder.HasIndex(r => new { r.ServiceId, r.Status });
        builder.HasIndex(r => new { r.Kind, r.Status });
        builder.HasIndex(r => r.OpenedAt);
        // Free-text search scans titles (LIKE '%text%' cannot seek): scanning this index instead of the table reads no
        // descriptions, and it holds the default sort's columns, so a page of matching ids comes from the index alone.
        builder.HasIndex(r => new { r.Title, r.Priority, r.OpenedAt });
        builder.HasIndex(r => r.UpdatedAt);
        builder.HasIndex(r => r.MajorIncidentDeclaredAt);
        builder.HasIndex(r => r.ParentMajorIncidentId);
    }
}
