using Defis.Contracts.Events;
using Defis.Contracts.Funding.V1;
using Defis.Funding.Domain;
using Defis.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using ContractStatus = Defis.Contracts.Funding.V1.GrantStatus;
using ContractTrigger = Defis.Contracts.Funding.V1.TrancheTrigger;

namespace Defis.Funding.IntegrationTests;

/// <summary>
/// Grants converge on the jury's newest released outcome and on the dossier as filed, whatever order the events
/// arrive in and however often (docs/decisions/0019-decision-convergence.md).
/// </summary>
public sealed class DecisionConvergenceTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly FundingPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    /// <summary>Filed (S), selected (A, revision 1), then not selected by a correction (B, revision 2): all six orders, each delivered twice.</summary>
    [Fact]
    public async Task A_selection_taken_back_leaves_no_live_grant_in_every_order_and_with_duplicates()
    {
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        foreach (var order in new[] { "SAB", "SBA", "ASB", "ABS", "BSA", "BAS" })
        {
            var dossierId = Guid.CreateVersion7();
            var selected = FundingPlatform.Selected(programmeId, dossierId, "Incubation");
            var events = new Dictionary<char, IntegrationEvent>
            {
                ['S'] = FundingPlatform.Submitted(programmeId, dossierId),
                ['A'] = selected,
                ['B'] = FundingPlatform.NotSelected(selected, revision: 2),
            };
            foreach (var key in order + order)
            {
                await DeliverAsync(events[key]);
            }

            var (grants, outcome) = await StateAsync(dossierId);
            Assert.True(grants.All(g => g.Status == Domain.GrantStatus.Cancelled), $"order {order}: a live grant remains");
            Assert.True((outcome.Revision, outcome.Selected) == (2, false), $"order {order}: outcome {outcome.Revision}/{outcome.Selected}");
        }
    }

    /// <summary>The selection arriving before the dossier waits for it: the proposal has the team's self-financing, never zero.</summary>
    [Theory]
    [InlineData("SA")]
    [InlineData("AS")]
    [InlineData("ASA")]
    public async Task The_proposal_carries_the_filed_figures_whichever_arrives_first(string order)
    {
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var dossierId = Guid.CreateVersion7();
        var events = new Dictionary<char, IntegrationEvent>
        {
            ['S'] = FundingPlatform.Submitted(programmeId, dossierId),
            ['A'] = FundingPlatform.Selected(programmeId, dossierId, "Experimentation", recommendedCents: 20_000_000),
        };
        foreach (var key in order)
        {
            await DeliverAsync(events[key]);
        }

        var grant = Assert.Single((await StateAsync(dossierId)).Grants);
        Assert.Equal((20_000_000L, 5_000_000L, 2), (grant.Amount.Cents, grant.SelfFinancing.Cents, grant.Collectivity.Organisations));
    }

    /// <summary>Money paid stays paid; what is not paid yet waits for finance, and a newer selection lets it flow again.</summary>
    [Fact]
    public async Task A_committed_grant_taken_back_is_flagged_pays_nothing_more_and_a_newer_selection_restores_it()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var dossierId = Guid.CreateVersion7();
        var selected = FundingPlatform.Selected(programmeId, dossierId, "Experimentation", recommendedCents: 20_000_000);
        await DeliverAsync(FundingPlatform.Submitted(programmeId, dossierId));
        await DeliverAsync(selected);
        var grantId = Assert.Single((await StateAsync(dossierId)).Grants).Id.ToString();
        await _platform.Officer.CommitGrantAsync(new CommitGrantRequest
        {
            GrantId = grantId,
            Schedule =
            {
                new Contracts.Funding.V1.TrancheTerm { ShareBasisPoints = 5_000, Trigger = ContractTrigger.AtCommitment },
                new Contracts.Funding.V1.TrancheTerm { ShareBasisPoints = 5_000, Trigger = ContractTrigger.Milestone, Milestone = "Prototype testé" },
            },
        }, cancellationToken: cancellation);

        await DeliverAsync(FundingPlatform.NotSelected(selected, revision: 2));
        await DeliverAsync(Validated(programmeId, dossierId));
        var flagged = await _platform.Officer.GetGrantAsync(new GetGrantRequest { GrantId = grantId }, cancellationToken: cancellation);
        var refused = await Assert.ThrowsAsync<RpcException>(() => _platform.Officer.ReleaseTrancheAsync(
            new ReleaseTrancheRequest { GrantId = grantId, TrancheNumber = 2 }, cancellationToken: cancellation).ResponseAsync);

        Assert.True(flagged.SelectionWithdrawn);
        Assert.Equal((ContractStatus.Committed, 10_000_000L), (flagged.Status, flagged.ReleasedCents));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);

        await DeliverAsync(selected with { EventId = Guid.CreateVersion7(), DecisionId = Guid.CreateVersion7(), DecisionRevision = 3, OccurredAt = selected.OccurredAt.AddDays(9) });
        await DeliverAsync(Validated(programmeId, dossierId));
        var restored = await _platform.Officer.GetGrantAsync(new GetGrantRequest { GrantId = grantId }, cancellationToken: cancellation);

        Assert.False(restored.SelectionWithdrawn);
        Assert.Equal(20_000_000L, restored.ReleasedCents);
        Assert.Single((await StateAsync(dossierId)).Grants);
    }

    private Task DeliverAsync(IntegrationEvent message) => message switch
    {
        DossierSubmitted submitted => _platform.DeliverAsync(submitted),
        DossierSelected selected => _platform.DeliverAsync(selected),
        DossierNotSelected notSelected => _platform.DeliverAsync(notSelected),
        MilestoneValidated validated => _platform.DeliverAsync(validated),
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "No consumer in this test."),
    };

    private static MilestoneValidated Validated(Guid programmeId, Guid dossierId) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), programmeId, dossierId, "Experimentation", "Prototype testé", "coach-1")
        {
            OccurredAt = DateTimeOffset.UtcNow,
        };

    private Task<(List<Domain.Grant> Grants, Persistence.JuryOutcome Outcome)> StateAsync(Guid dossierId) => _platform.QueryAsync(async db => (
        await db.Grants.AsNoTracking().Where(g => g.DossierId == dossierId).ToListAsync(),
        await db.JuryOutcomes.AsNoTracking().SingleAsync(o => o.DossierId == dossierId)));
}
