using Defis.Funding.Grpc;
using Defis.Testing;
using Npgsql;

namespace Defis.Funding.IntegrationTests;

/// <summary>A database migrated by another version of the service is refused at start with what to do, not an obscure "already exists".</summary>
public sealed class ForeignHistoryTests(PlatformInfrastructure infrastructure)
{
    [Fact]
    public async Task A_history_with_unknown_migrations_stops_the_start_with_a_plain_reason()
    {
        var database = infrastructure.NewDatabase("funding-foreign");
        var virtualHost = await infrastructure.NewVirtualHostAsync();
        await using (var created = new ServiceHost<FundingService>(Settings(database, virtualHost)))
        {
            await created.StartedAsync();
        }
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var insert = new NpgsqlCommand("""INSERT INTO __ef_migrations_history VALUES ('20261101000000_FromAnotherVersion', '10.0.0')""", connection);
            await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var restarted = new ServiceHost<FundingService>(Settings(database, virtualHost));
        var refusal = Assert.ThrowsAny<Exception>(() => restarted.Server);

        Assert.Contains("20261101000000_FromAnotherVersion", refusal.ToString(), StringComparison.Ordinal);
        Assert.Contains("--fresh", refusal.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(string database, string virtualHost) => new()
    {
        ["ConnectionStrings:funding-db"] = database,
        ["ConnectionStrings:messaging"] = virtualHost,
    };
}
