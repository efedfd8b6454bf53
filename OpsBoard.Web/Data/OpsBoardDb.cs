using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data;

public sealed class OpsBoardDb(DbContextOptions<OpsBoardDb> options) : DbContext(options)
{
    public DbSet<Record> Records => Set<Record>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<SupportGroup> SupportGroups => Set<SupportGroup>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<ConfigurationItem> ConfigurationItems => Set<ConfigurationItem>();

    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();

    public DbSet<PriorityMatrixEntry> PriorityMatrix => Set<PriorityMatrixEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC ticks so every provider can compare and sort them.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpsBoardDb).Assembly);
}
