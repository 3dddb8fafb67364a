using System.Text.Json;
using Defis.Contracts.Events;
using Defis.Contracts.Funding.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using ContractTrigger = Defis.Contracts.Funding.V1.TrancheTrigger;

namespace Defis.Funding.IntegrationTests;

/// <summary>
/// From the jury's decision to a paid milestone tranche and declared expenses: effects happen once however
/// often events are delivered, a ministry's queue hears every funding event in sequence, and the replay
/// serves the same events again, page by page.
/// </summary>
public sealed class FundingEventFlowTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Lead = FundingPlatform.Lead;
    private readonly FundingPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task A_grant_from_selection_to_milestone_is_announced_once_per_change_in_sequence_and_replayed()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var ministry = await MinistryQueue.BindAsync(_platform.VirtualHost, "ministere-education-financement", cancellation);
        var consumed = new ConsumeCounter();
        using var observation = _platform.Host.Service<IBus>().ConnectConsumeObserver(consumed);
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var dossierId = Guid.CreateVersion7();
        await _platform.PublishAsync(FundingPlatform.Submitted(programmeId, dossierId));

        // DossierSelected delivered twice: one proposal.
        var selected = FundingPlatform.Selected(programmeId, dossierId, "Experimentation", recommendedCents: 20_000_000);
        await _platform.PublishAsync(selected);
        await _platform.PublishAsync(selected);
        await Eventually.Until(() => Task.FromResult(consumed.Consumed), c => c >= 4, TimeSpan.FromSeconds(60), "programme, dossier and both deliveries consumed");
        var grant = Assert.Single(await _platform.QueryAsync(db => db.Grants.AsNoTracking().Where(g => g.DossierId == dossierId).ToListAsync(cancellation)));
        Assert.Equal(20_000_000, grant.Amount.Cents);
        Assert.Equal(5_000_000, grant.SelfFinancing.Cents);

        await _platform.Officer.CommitGrantAsync(new CommitGrantRequest
        {
            GrantId = grant.Id.ToString(),
            Schedule =
            {
                new Contracts.Funding.V1.TrancheTerm { ShareBasisPoints = 5_000, Trigger = ContractTrigger.AtCommitment },
                new Contracts.Funding.V1.TrancheTerm { ShareBasisPoints = 5_000, Trigger = ContractTrigger.Milestone, Milestone = "Prototype testé" },
            },
        }, cancellationToken: cancellation);

        // MilestoneValidated delivered twice, then the same validation again under another message id: one tranche.
        var validated = new MilestoneValidated(Guid.CreateVersion7(), Guid.CreateVersion7(), programmeId, dossierId, "Experimentation", "prototype TESTÉ", "coach-1")
        {
            OccurredAt = DateTimeOffset.UtcNow,
        };
        await _platform.PublishAsync(validated);
        await _platform.PublishAsync(validated);
        await _platform.PublishAsync(validated, messageId: Guid.CreateVersion7());
        await Eventually.Until(() => Task.FromResult(consumed.Consumed), c => c >= 7, TimeSpan.FromSeconds(60), "the three validations consumed");
        var paid = await _platform.Officer.GetGrantAsync(new GetGrantRequest { GrantId = grant.Id.ToString() }, cancellationToken: cancellation);
        Assert.All(paid.Tranches, t => Assert.Equal(TrancheStatus.Released, t.Status));
        Assert.Equal(20_000_000, paid.ReleasedCents);

        var declared = await DeclareAsync(grant.Id, cancellation);
        Assert.Equal([true, false], declared.Expenses.Select(e => e.Accepted));
        Assert.Equal("provider_country", Assert.Single(declared.Expenses[1].Rejections).Field);

        // Proposed, committed, two tranches, one expense accepted and one rejected.
        var published = await Eventually.Until(() => ministry.DrainAsync(cancellation), m => m.Count >= 6, TimeSpan.FromSeconds(60), "six events on the ministry's queue");
        Assert.Equal([1L, 2, 3, 4, 5, 6], published.Select(e => e.Message.GetProperty("sequence").GetInt64()));
        Assert.Equal(["GrantProposed", "GrantCommitted", "TrancheReleased", "TrancheReleased", "ExpenseAccepted", "ExpenseRejected"],
            published.Select(e => e.Type));
        Assert.All(published, e => Assert.Equal(programmeId, e.Message.GetProperty("programmeId").GetGuid()));
        await AssertReplayAsync(programmeId, published, cancellation);
    }

    /// <summary>Replay after 2 in pages of 3 returns events 3–6, the same events (ids and payloads) the queue received.</summary>
    private async Task AssertReplayAsync(Guid programmeId, List<ReceivedEvent> published, CancellationToken cancellation)
    {
        var staff = _platform.Client(TestTokens.For("staff-1", Roles.ProgrammeStaff));
        await staff.AddProgrammePartnerAsync(new AddProgrammePartnerRequest { ProgrammeId = programmeId.ToString(), PartnerId = "ministere-education" }, cancellationToken: cancellation);
        var partner = _platform.Client(TestTokens.For("ministere-education", Roles.MinistryPartner));
        var first = await partner.ListFundingEventsAsync(new ListFundingEventsRequest { ProgrammeId = programmeId.ToString(), AfterSequence = 2, PageSize = 3 }, cancellationToken: cancellation);
        var second = await partner.ListFundingEventsAsync(new ListFundingEventsRequest { ProgrammeId = programmeId.ToString(), AfterSequence = first.NextAfterSequence, PageSize = 3 }, cancellationToken: cancellation);

        Assert.Equal([3L, 4, 5], first.Events.Select(e => e.Sequence));
        Assert.Equal([6L], second.Events.Select(e => e.Sequence));
        Assert.Equal(6, second.LastSequence);
        foreach (var (replayed, original) in first.Events.Concat(second.Events).Zip(published.Skip(2).Select(e => e.Message)))
        {
            using var payload = JsonDocument.Parse(replayed.PayloadJson);
            Assert.Equal(original.GetProperty("eventId").GetString(), replayed.EventId);
            Assert.Equal(original.GetProperty("grantId").GetString(), payload.RootElement.GetProperty("grantId").GetString());
            Assert.Equal(original.GetProperty("amountCents").GetInt64(), payload.RootElement.GetProperty("amountCents").GetInt64());
        }
        var stranger = _platform.Client(TestTokens.For("ministere-culture", Roles.MinistryPartner));
        var hidden = await Assert.ThrowsAsync<RpcException>(() => stranger.ListFundingEventsAsync(
            new ListFundingEventsRequest { ProgrammeId = programmeId.ToString() }, cancellationToken: cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
    }

    private async Task<DeclareExpensesResponse> DeclareAsync(Guid grantId, CancellationToken cancellation)
    {
        var line = new Contracts.Funding.V1.ExpenseLine
        {
            Category = Contracts.Funding.V1.ExpenseCategory.Facilitation,
            AmountCents = 1_200_000,
            Provider = "Atelier Coop",
            ProviderCountry = "FR",
            Date = new Google.Type.Date { Year = 2022, Month = 4, Day = 12 },
            InvoiceReference = "F-2022-041",
        };
        var outside = line.Clone();
        outside.Provider = "Design Partners Inc.";
        outside.ProviderCountry = "US";
        outside.InvoiceReference = "INV-77";
        var request = new DeclareExpensesRequest { GrantId = grantId.ToString(), Lines = { line, outside } };
        var someoneElse = _platform.Client(TestTokens.For("agent-nantes", Roles.Applicant));
        var refused = await Assert.ThrowsAsync<RpcException>(() => someoneElse.DeclareExpensesAsync(request, cancellationToken: cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        return await _platform.Client(TestTokens.For(Lead, Roles.Applicant)).DeclareExpensesAsync(request, cancellationToken: cancellation);
    }
}
