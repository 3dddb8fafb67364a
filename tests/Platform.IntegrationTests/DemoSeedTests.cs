using Defis.Contracts.Events;
using Defis.Submission.Domain;
using Defis.Submission.Persistence;
using Defis.Submission.Seed;
using Defis.Testing;
using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Defis.Platform.IntegrationTests;

public sealed class DemoSeedTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly SkeletonPlatform _platform = new(infrastructure) { PublishesOpenCall = false };

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task The_demo_seed_loads_both_calls_with_their_filed_dossiers_and_events_once()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var seeder = _platform.Submission.Service<DemoSeeder>();

        var first = await seeder.SeedAsync(cancellation);
        var second = await seeder.SeedAsync(cancellation);

        Assert.Equal((2, 0), (first, second));
        await using var scope = _platform.Submission.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.ProgrammeCode == "DCB18").OrderBy(d => d.Reference).ToListAsync(cancellation);
        Assert.Equal(DemoCalls.For("DCB18").Count, dossiers.Count);
        Assert.Equal("DCB18-0001", dossiers[0].Reference);
        Assert.All(dossiers, d => Assert.Equal(DossierStatus.Submitted, d.Status));
        Assert.All(await db.Programmes.AsNoTracking().ToListAsync(cancellation), p => Assert.Equal(ProgrammeStatus.Closed, p.Status));
        var types = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellation);
        Assert.Equal(2, types.Single(t => t.Key == typeof(ProgrammePublished).FullName).Count);
        Assert.Equal(2, types.Single(t => t.Key == typeof(ProgrammeClosed).FullName).Count);
        Assert.Equal(DemoCalls.For("DCB18").Count + DemoCalls.For("CB21").Count, types.Single(t => t.Key == typeof(DossierSubmitted).FullName).Count);
    }

    [Fact]
    public async Task A_seeder_waits_for_another_instance_seeding_the_same_calls_past_its_command_timeout_then_seeds_what_is_missing()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var configured = _platform.Submission.Services.GetRequiredService<IConfiguration>().GetConnectionString("submission-db")!;
        var connectionString = new NpgsqlConnectionStringBuilder(configured) { CommandTimeout = 1 }.ConnectionString;
        await using var otherInstance = new NpgsqlConnection(connectionString);
        await otherInstance.OpenAsync(cancellation);
        await using var seeding = await otherInstance.BeginTransactionAsync(cancellation);
        foreach (var code in ReferenceProgrammes.All.Select(t => t.Code))
        {
            await using var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1))", otherInstance, seeding) { Parameters = { new() { Value = code } } };
            await take.ExecuteNonQueryAsync(cancellation);
        }
        var services = new ServiceCollection();
        services.AddDbContext<SubmissionDbContext>(options => ServiceDatabase.Configure(options, connectionString));
        await using var provider = services.BuildServiceProvider();
        var seeder = new DemoSeeder(provider.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, new ConfigurationBuilder().Build());

        var seeded = seeder.SeedAsync(cancellation);
        await Task.Delay(TimeSpan.FromSeconds(3), cancellation);
        var waited = !seeded.IsCompleted;
        await seeding.RollbackAsync(cancellation);

        Assert.Equal(2, await seeded.WaitAsync(TimeSpan.FromMinutes(1), cancellation));
        Assert.True(waited);
    }
}
