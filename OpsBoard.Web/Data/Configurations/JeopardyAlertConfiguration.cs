using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Web.Data.Configurations;

public sealed class JeopardyAlertConfiguration : IEntityTypeConfiguration<JeopardyAlert>
{
    public void Configure(EntityTypeBuilder<JeopardyAlert> builder)
    {
        builder.ToTable("JeopardyAlerts");
        builder.HasKey(a => a.Id);
        builder.HasOne(a => a.Record).WithMany().HasForeignKey(a => a.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Clock).WithMany().HasForeignKey(a => a.OlaTargetId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(200);
        builder.Property(a => a.Route).HasMaxLength(JeopardyAlert.MaxRouteLength);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.Subject);
        builder.Ignore(a => a.Responses);
        // Consoles list the open alerts, newest or nearest to breach first.
        builder.HasIndex(a => new { a.AcknowledgedAt, a.RaisedAt });
        builder.HasIndex(a => new { a.OlaTargetId, a.State });
    }
}
