using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Tests.Data;

/// <summary>Each provider keeps its own migrations of the one model; both must have every change of it.</summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:", "OpsBoardDb", "Data/Migrations", "")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=opsboard", "PostgresOpsBoardDb", "Data/Postgres/Migrations",
        " -- --OpsBoard:Database=Postgres --ConnectionStrings:OpsBoard=Host=localhost")]
    public void EveryProvidersMigrations_HaveEveryChangeOfTheModel(DatabaseProvider provider, string connectionString, string context, string folder, string hostArguments)
    {
        // Reading the model and the last migration's snapshot needs no server.
        using var db = new DatabaseOptions(provider, connectionString).CreateContext();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that the {provider} migrations do not. Add a migration for each provider: " +
            $"dotnet ef migrations add NAME --project OpsBoard.Web --context {context} --output-dir {folder}{hostArguments}");
    }
}
