using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Web.Data.Configurations;

/// <summary>Policies and calendars, seeded with PROCESS.md's defaults so a new install has working clocks.</summary>
public sealed class OlaPolicyConfiguration :
    IEntityTypeConfiguration<OlaPolicyRow>,
    IEntityTypeConfiguration<CalendarRow>,
    IEntityTypeConfiguration<CalendarVersionRow>
{
    public void Configure(EntityTypeBuilder<OlaPolicyRow> builder)
    {
        builder.ToTable("OlaPolicies");
        builder.Property(p => p.Response).HasConversion<long>();
        builder.Property(p => p.Resolution).HasConversion<long>();
        builder.Property(p => p.CalendarName).HasMaxLength(100);
        builder.Property(p => p.StopClockReasons).HasMaxLength(200);
        builder.HasIndex(p => new { p.SupportGroupId, p.Priority }).IsUnique();
        builder.HasData(OlaPolicy.Defaults.Select((p, i) => OlaPolicyRow.From(p, i + 1)));
    }

    public void Configure(EntityTypeBuilder<CalendarRow> builder)
    {
        builder.ToTable("Calendars");
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.TimeZoneId).HasMaxLength(100);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasMany(c => c.Versions).WithOne().HasForeignKey(v => v.CalendarId).OnDelete(DeleteBehavior.Cascade);
        builder.HasData(
            new CalendarRow { Id = 1, Name = OlaPolicy.TwentyFourSeven, TimeZoneId = "Europe/London", IsTwentyFourSeven = true },
            new CalendarRow { Id = 2, Name = OlaPolicy.WorkingHours, TimeZoneId = "Europe/London" });
    }

    public void Configure(EntityTypeBuilder<CalendarVersionRow> builder)
    {
        builder.ToTable("CalendarVersions");
        builder.HasIndex(v => new { v.CalendarId, v.EffectiveFrom }).IsUnique();
        builder.HasData(CalendarVersionRow.From(1, 2,
            new CalendarVersion(new DateOnly(2024, 1, 1), CalendarVersion.OfficeHours, EnglandAndWalesBankHolidays.All)));
    }
}
