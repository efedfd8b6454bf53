using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Escalation;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data.Configurations;

public sealed class ProposalConfiguration : IEntityTypeConfiguration<MajorIncidentProposal>
{
    public void Configure(EntityTypeBuilder<MajorIncidentProposal> builder)
    {
        builder.ToTable("MajorIncidentProposals");
        builder.HasKey(p => p.Id);
        builder.HasOne<Service>().WithMany().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConfigurationItem>().WithMany().HasForeignKey(p => p.ConfigurationItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Record>().WithMany().HasForeignKey(p => p.MajorIncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.DecidedBy).HasMaxLength(200);
        builder.Property(p => p.DismissalReason).HasMaxLength(MajorIncidentProposal.MaxReasonLength);
        builder.Ignore(p => p.IsOpen);
        builder.Ignore(p => p.Key);
        builder.HasMany(p => p.Incidents).WithOne().HasForeignKey(i => i.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Incidents).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The console lists the open ones.
        builder.HasIndex(p => new { p.Status, p.RaisedAt });
    }
}

public sealed class ProposedIncidentConfiguration : IEntityTypeConfiguration<ProposedIncident>
{
    public void Configure(EntityTypeBuilder<ProposedIncident> builder)
    {
        builder.ToTable("ProposedIncidents");
        builder.HasKey(i => i.Id);
        builder.HasOne<Record>().WithMany().HasForeignKey(i => i.RecordId).OnDelete(DeleteBehavior.Restrict);
        // An incident is proposed once, ever: a dismissed proposal's incidents are not proposed again.
        builder.HasIndex(i => i.RecordId).IsUnique();
    }
}
