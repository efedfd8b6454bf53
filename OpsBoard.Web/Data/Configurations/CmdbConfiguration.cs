using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Web.Data.Configurations;

public sealed class CmdbConfiguration :
    IEntityTypeConfiguration<SupportGroup>,
    IEntityTypeConfiguration<Person>,
    IEntityTypeConfiguration<Service>,
    IEntityTypeConfiguration<ConfigurationItem>
{
    public void Configure(EntityTypeBuilder<SupportGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(g => g.Name).IsUnique();
        builder.Ignore(g => g.IsServiceOperationsCentre);
        builder.HasMany(g => g.Members).WithMany(p => p.Groups).UsingEntity("GroupMembership");
    }

    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(200).IsRequired();
        builder.HasIndex(p => p.Email).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(s => s.Name).IsUnique();
        builder.HasOne(s => s.ServiceManager).WithMany().HasForeignKey(s => s.ServiceManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.SecondLineGroup).WithMany().HasForeignKey(s => s.SecondLineGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.ConfigurationItems).WithOne(c => c.Service).HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ConfigurationItem> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Type).HasMaxLength(50).IsRequired();
        builder.HasOne(c => c.OwningGroup).WithMany().HasForeignKey(c => c.OwningGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ServiceManager).WithMany().HasForeignKey(c => c.ServiceManagerId).OnDelete(DeleteBehavior.Restrict);
        // The CSV import names an item by its name, so a name names one item.
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
