using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Data.Configurations;

public sealed class OpsBoardUserConfiguration : IEntityTypeConfiguration<OpsBoardUser>
{
    public void Configure(EntityTypeBuilder<OpsBoardUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(OpsBoardUser.MaxDisplayNameLength).IsRequired();
        builder.HasOne<OpsBoard.Domain.Cmdb.Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(AccessToken.MaxNameLength).IsRequired();
        builder.Property(t => t.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.Property(t => t.Hint).HasMaxLength(8).IsRequired();
        builder.HasOne<OpsBoardUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.IsRevoked);
    }
}

public sealed class KioskLinkConfiguration : IEntityTypeConfiguration<KioskLink>
{
    public void Configure(EntityTypeBuilder<KioskLink> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(KioskLink.MaxNameLength).IsRequired();
        builder.Property(k => k.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.Property(k => k.Hint).HasMaxLength(8).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(AuditEntry.MaxByLength).IsRequired();
        builder.PrimitiveCollection(k => k.Groups);
        builder.PrimitiveCollection(k => k.Services);
        builder.Ignore(k => k.IsRevoked);
    }
}
