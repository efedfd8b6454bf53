using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsBoard.Web.Data.Configurations;

public sealed class ReferenceConfiguration :
    IEntityTypeConfiguration<NumberSeries>,
    IEntityTypeConfiguration<PriorityMatrixEntry>
{
    public void Configure(EntityTypeBuilder<NumberSeries> builder)
    {
        builder.HasKey(n => n.Prefix);
        builder.Property(n => n.Prefix).HasMaxLength(8);
        builder.HasData(new NumberSeries { Prefix = "INC" }, new NumberSeries { Prefix = "REQ" }, new NumberSeries { Prefix = "EVT" },
            new NumberSeries { Prefix = Domain.Problems.Problem.Prefix }, new NumberSeries { Prefix = Domain.Changes.Change.Prefix });
    }

    public void Configure(EntityTypeBuilder<PriorityMatrixEntry> builder)
    {
        builder.HasKey(c => new { c.Impact, c.Urgency });
        builder.HasData(Domain.Records.PriorityMatrix.DefaultCells.Select(c =>
            new PriorityMatrixEntry { Impact = c.Impact, Urgency = c.Urgency, Priority = c.Priority }));
    }
}
