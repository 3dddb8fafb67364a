using Defis.Contracts.Events;
using Defis.Contracts.Funding.V1;
using Defis.Funding.Grpc;
using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FundingClient = Defis.Contracts.Funding.V1.Funding.FundingClient;

namespace Defis.Funding.IntegrationTests;

/// <summary>The Funding service on its own database and virtual host, fed with the events other services would publish.</summary>
public sealed class FundingPlatform(PlatformInfrastructure infrastructure) : IAsyncDisposable
{
    /// <summary>The lead who files the dossiers of these tests.</summary>
    public const string Lead = "agent-lyon";

    /// <summary>A made-up SIRET with a right check digit, for the open data's attributing authority.</summary>
    public const string AttributingSiret = "11000001000006";

    public static readonly DateTimeOffset Published = new(2021, 8, 23, 9, 0, 0, TimeSpan.FromHours(2));

    public ServiceHost<FundingService> Host { get; private set; } = null!;

    public string VirtualHost { get; private set; } = "";

    /// <summary>Every delivery this host's bus finished consuming, duplicates included.</summary>
    public ConsumeCounter Consumed { get; } = new();

    public FundingClient Officer => Client(TestTokens.For("officer-1", Roles.FinanceOfficer));

    public async Task StartAsync(Action<IServiceCollection>? configureServices = null)
    {
        VirtualHost = await infrastructure.NewVirtualHostAsync();
        Host = new ServiceHost<FundingService>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:funding-db"] = infrastructure.NewDatabase("funding"),
            ["ConnectionStrings:messaging"] = VirtualHost,
            ["Messaging:Outbox:PollInterval"] = "00:00:00.500",
            ["Messaging:Outbox:MaxBackoff"] = "00:00:02",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
            ["OpenData:AttributingAuthority:Siret"] = AttributingSiret,
        }, configureServices);
        await Host.StartedAsync();
        Host.Service<IBus>().ConnectConsumeObserver(Consumed);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    public FundingClient Client(string token) => new(Host.Channel(token));

    /// <summary>Publishes as the outbox relay does: the event id is the broker's MessageId.</summary>
    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : IntegrationEvent =>
        Host.Service<IBus>().Publish(message, context => context.MessageId = messageId ?? message.EventId, TestContext.Current.CancellationToken);

    /// <summary>Publishes one event and waits until the service has consumed it, so a test fixes the order of arrival.</summary>
    public async Task DeliverAsync<T>(T message) where T : IntegrationEvent
    {
        var before = Consumed.Consumed;
        await PublishAsync(message);
        await Eventually.Until(() => Task.FromResult(Consumed.Consumed), c => c > before, TimeSpan.FromSeconds(60), $"{typeof(T).Name} consumed");
    }

    public async Task<T> QueryAsync<T>(Func<FundingDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FundingDbContext>());
    }

    public Task<T> UntilAsync<T>(Func<FundingDbContext, Task<T>> query, Func<T, bool> done, string what) =>
        Eventually.Until(() => QueryAsync(query), done, TimeSpan.FromSeconds(60), what);

    /// <summary>A published call (incubation up to 25 k€, experimentation 150–250 k€) whose envelope Funding has opened.</summary>
    public async Task<Guid> OpenProgrammeAsync(long envelopeCents)
    {
        var id = Guid.CreateVersion7();
        await PublishAsync(new ProgrammePublished(id, "CB21", "Appel à défis 2021", Published, Published.AddDays(53), envelopeCents,
        [
            new("Exploration", new DateOnly(2021, 8, 23), null, 0, 0),
            new("Incubation", new DateOnly(2021, 11, 1), null, 0, 2_500_000),
            new("Experimentation", new DateOnly(2022, 3, 1), null, 15_000_000, 25_000_000),
        ], ["Accès aux droits"], 21, CollectiveAllowancePercent: 50) { OccurredAt = Published });
        await UntilAsync(db => db.Envelopes.AnyAsync(e => e.ProgrammeId == id), found => found, "the envelope is opened");
        return id;
    }

    public static DossierSelected Selected(Guid programmeId, Guid dossierId, string phase, long? recommendedCents = null) =>
        new(dossierId, programmeId, "CB21", "CB21-0001", phase, Guid.CreateVersion7(), "Dossier solide", recommendedCents, "jury-president")
        {
            OccurredAt = Published.AddMonths(2),
        };

    /// <summary>A collective dossier (two organisations, two territories) that finances 50,000 € itself, filed by <paramref name="owner"/>.</summary>
    public static DossierSubmitted Submitted(Guid programmeId, Guid dossierId, string owner = Lead) => new(dossierId, programmeId, "CB21", "CB21-0001",
        "Accueillir les parents allophones", "Accès aux droits", ["69123", "69266"], "Rectorat de Lyon", "StateOperator", ["Ville de Lyon"],
        20_000_000, owner, "equipe@ac-lyon.fr", SelfFinancingCents: 5_000_000) { OccurredAt = Published.AddDays(30) };

    public static DossierNotSelected NotSelected(DossierSelected corrected, int revision) => new(corrected.DossierId, corrected.ProgrammeId, "CB21",
        "CB21-0001", corrected.Phase, Guid.CreateVersion7(), "jury-president", corrected.DecisionId, revision)
    {
        OccurredAt = corrected.OccurredAt.AddDays(revision),
    };

    /// <summary>The dossier filed (by <paramref name="owner"/>), then selected: the grant Funding proposes for it.</summary>
    public async Task<Guid> ProposedGrantAsync(Guid programmeId, Guid dossierId, string phase, long? recommendedCents = null, string owner = Lead)
    {
        await PublishAsync(Submitted(programmeId, dossierId, owner));
        await PublishAsync(Selected(programmeId, dossierId, phase, recommendedCents));
        var grant = await UntilAsync(db => db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.DossierId == dossierId), g => g is not null, "a grant is proposed");
        return grant!.Id;
    }

    /// <summary>The dossier's Incubation grant committed (60 % paid at once, 40 % by hand) with one expense its lead declared yesterday.</summary>
    public async Task<Guid> CommittedWithExpenseAsync(Guid programmeId, Guid dossierId, string provider, string invoiceReference)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var grantId = await ProposedGrantAsync(programmeId, dossierId, "Incubation");
        var commit = new CommitGrantRequest { GrantId = $"{grantId}" };
        commit.Schedule.Add(new TrancheTerm { ShareBasisPoints = 6_000, Trigger = TrancheTrigger.AtCommitment });
        commit.Schedule.Add(new TrancheTerm { ShareBasisPoints = 4_000, Trigger = TrancheTrigger.Manual });
        await Officer.CommitGrantAsync(commit, cancellationToken: cancellation);
        var day = DateTime.UtcNow.AddDays(-1);
        await Client(TestTokens.For(Lead, Roles.Applicant)).DeclareExpensesAsync(new DeclareExpensesRequest
        {
            GrantId = $"{grantId}",
            Lines =
            {
                new ExpenseLine
                {
                    Category = ExpenseCategory.CollaborativeDigitalTools, AmountCents = 100_000, Provider = provider, ProviderCountry = "FR",
                    Date = new Google.Type.Date { Year = day.Year, Month = day.Month, Day = day.Day }, InvoiceReference = invoiceReference,
                },
            },
        }, cancellationToken: cancellation);
        return grantId;
    }
}
