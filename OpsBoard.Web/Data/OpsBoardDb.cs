using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Events;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data.Configurations;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Web.Data;

/// <summary>
/// The one model of OpsBoard's data. On SQLite (the default) this type is the context; on PostgreSQL its subclass
/// <see cref="Postgres.PostgresOpsBoardDb"/> is, so each provider keeps its own migrations of the same model.
/// </summary>
public class OpsBoardDb : IdentityDbContext<OpsBoardUser>, IDataProtectionKeyContext
{
    public OpsBoardDb(DbContextOptions<OpsBoardDb> options) : base(options)
    {
    }

    protected OpsBoardDb(DbContextOptions options) : base(options)
    {
    }

    /// <summary>Sign-in and kiosk cookie keys, when nodes share them through the database (PostgreSQL).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Record> Records => Set<Record>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<SupportGroup> SupportGroups => Set<SupportGroup>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<ConfigurationItem> ConfigurationItems => Set<ConfigurationItem>();

    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();

    public DbSet<PriorityMatrixEntry> PriorityMatrix => Set<PriorityMatrixEntry>();

    public DbSet<OlaTarget> OlaTargets => Set<OlaTarget>();

    public DbSet<JeopardyAlert> JeopardyAlerts => Set<JeopardyAlert>();

    public DbSet<OpsBoard.Domain.Escalation.MajorIncidentProposal> Proposals => Set<OpsBoard.Domain.Escalation.MajorIncidentProposal>();

    public DbSet<OlaPolicyRow> OlaPolicies => Set<OlaPolicyRow>();

    public DbSet<CalendarRow> Calendars => Set<CalendarRow>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Integration> Integrations => Set<Integration>();

    public DbSet<EventKey> EventKeys => Set<EventKey>();

    public DbSet<IntakeEvent> IntakeLog => Set<IntakeEvent>();

    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<KioskLink> KioskLinks => Set<KioskLink>();

    public DbSet<Domain.Problems.Problem> Problems => Set<Domain.Problems.Problem>();

    public DbSet<Domain.Changes.Change> Changes => Set<Domain.Changes.Change>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CountRecordVersions();
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CountRecordVersions();
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Every update of a record row checks the version it loaded and writes the next one.
    private void CountRecordVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Record>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property<long>(RecordConfiguration.Version).CurrentValue++;
        }
    }

    // The audit log is append-only: what it says happened must stay said.
    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only; they cannot be changed or deleted.");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC ticks so every provider can compare and sort them.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpsBoardDb).Assembly);
    }
}
