using System.Text.Json;
using Defis.Client.Api;
using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Funding.V1;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const long TrancheCents = RecommendedGrantCents / 2;

    /// <summary>
    /// Funding proposed the jury's amount on DossierSelected (nothing for the other team); finance commits it in the
    /// portal in two tranches, the second tied to the plan's first milestone (<see cref="CommitThroughThePortalAsync"/>);
    /// the platform holds that schedule, the ministry's queue receives GrantCommitted and the ministry's replay API
    /// holds the same event.
    /// </summary>
    private async Task CommitGrantAsync(Cast call, MinistryQueue ministry, AspirePlatform platform)
    {
        var grants = await Poll.UntilAsync(() => call.Finance.Funding.ListGrantsAsync(call.ProgrammeId, Cancellation),
            r => r.Grants.Any(g => g.DossierId == call.First.Id), EventBound, "the grant proposed on DossierSelected", Cancellation);
        var proposed = grants.Grants.Single(g => g.DossierId == call.First.Id);
        Assert.Equal((GrantStatus.Proposed, RecommendedGrantCents), (proposed.Status, proposed.AmountCents));
        Assert.DoesNotContain(grants.Grants, g => g.DossierId == call.Second.Id);
        call.GrantId = proposed.Id;

        var milestone = (await LaureatePlanAsync(call)).Milestones[0];
        await CommitThroughThePortalAsync(call, platform, milestone.Title);
        var committed = await call.Finance.Funding.GetGrantAsync(proposed.Id, Cancellation);
        Assert.Equal(GrantStatus.Committed, committed.Status);
        Assert.Equal("demo-finance", committed.CommittedBy);
        Assert.Equal([(5000, TrancheTrigger.AtCommitment, ""), (5000, TrancheTrigger.Milestone, milestone.Title)],
            committed.Tranches.Select(t => (t.ShareBasisPoints, t.Trigger, t.Milestone)));
        Assert.Equal([TrancheStatus.Released, TrancheStatus.Scheduled], committed.Tranches.Select(t => t.Status));
        Assert.Equal(TrancheCents, committed.ReleasedCents);

        var received = await Poll.UntilAsync(() => ministry.ReceivedAsync(Cancellation),
            m => m.Any(e => e.Type == "GrantCommitted" && e.Message.GetProperty("grantId").GetString() == proposed.Id), EventBound,
            "GrantCommitted in the ministry's queue", Cancellation);
        var grantCommitted = received.Single(e => e.Type == "GrantCommitted" && e.Message.GetProperty("grantId").GetString() == proposed.Id).Message;
        Assert.Equal(call.ProgrammeId, grantCommitted.GetProperty("programmeId").GetString());
        Assert.Equal(call.First.Id, grantCommitted.GetProperty("dossierId").GetString());
        Assert.Equal(RecommendedGrantCents, grantCommitted.GetProperty("amountCents").GetInt64());
        Assert.Equal("demo-finance", grantCommitted.GetProperty("actor").GetString());
        var replayed = await call.Ministry.Funding.ReplayAsync(call.ProgrammeId, cancellationToken: Cancellation).ToListAsync(Cancellation);
        Assert.Contains(replayed, r => r.Type.EndsWith("GrantCommitted", StringComparison.Ordinal)
            && r.Sequence == grantCommitted.GetProperty("sequence").GetInt64());
    }

    /// <summary>
    /// The laureate sends evidence for the milestone and the coach validates it, both in the portal; Funding, on
    /// MilestoneValidated, pays the tranche tied to it, once; the ministry hears of it too; the laureate then reads the
    /// grant and its paid tranches on the dossier's page (<see cref="FollowTheGrantThroughThePortalAsync"/>).
    /// </summary>
    private async Task ValidateMilestoneAsync(Cast call, MinistryQueue ministry, AspirePlatform platform)
    {
        var plan = Assert.Single((await call.FirstTeam.Accompaniment.ListMyPlansAsync(Cancellation)).Plans, p => p.DossierId == call.First.Id);
        var milestone = plan.Milestones[0];
        await SendEvidenceThroughThePortalAsync(call, platform, plan, milestone);
        var submitted = (await call.Coach.Accompaniment.GetPlanAsync(plan.Id, Cancellation)).Milestones.Single(m => m.Id == milestone.Id);
        Assert.Equal((MilestoneStatus.Submitted, EvidenceText, EvidenceLink), (submitted.Status, submitted.EvidenceText, submitted.EvidenceLink));
        await ValidateThroughThePortalAsync(platform, plan, milestone);
        var done = (await call.FirstTeam.Accompaniment.GetPlanAsync(plan.Id, Cancellation)).Milestones.Single(m => m.Id == milestone.Id);
        Assert.Equal((MilestoneStatus.Validated, "demo-coach", ""), (done.Status, done.ValidatedBy, done.Note));
        await AssertPlanFollowedUpAsync(call, plan);

        var paid = await Poll.UntilAsync(() => call.Finance.Funding.GetGrantAsync(call.GrantId, Cancellation),
            g => g.Tranches.All(t => t.Status == TrancheStatus.Released), EventBound, "the milestone's tranche released on MilestoneValidated", Cancellation);
        Assert.Equal(RecommendedGrantCents, paid.ReleasedCents);
        Assert.Equal(milestone.Title, paid.Tranches[1].Milestone);
        var received = await Poll.UntilAsync(() => ministry.ReceivedAsync(Cancellation), m => m.Any(e => IsTranche(e, call.GrantId, 2)), EventBound,
            "TrancheReleased for the second tranche in the ministry's queue", Cancellation);
        var tranche = received.Single(e => IsTranche(e, call.GrantId, 2)).Message;
        Assert.Equal(("Milestone", milestone.Title, TrancheCents),
            (tranche.GetProperty("trigger").GetString(), tranche.GetProperty("milestone").GetString(), tranche.GetProperty("amountCents").GetInt64()));
        Assert.Equal("demo-coach", tranche.GetProperty("actor").GetString());
        await FollowTheGrantThroughThePortalAsync(call, platform);
    }

    /// <summary>The plan Accompaniment opened on DossierSelected: the pool's coach, the laureate's lead, the experimentation milestones.</summary>
    private async Task<SupportPlan> LaureatePlanAsync(Cast call)
    {
        var plans = await Poll.UntilAsync(() => call.Coach.Accompaniment.ListCoachPlansAsync(Cancellation),
            r => r.Plans.Any(p => p.DossierId == call.First.Id), EventBound, "the support plan opened on DossierSelected", Cancellation);
        var plan = plans.Plans.Single(p => p.DossierId == call.First.Id);
        Assert.Equal(["demo-coach"], plan.CoachIds);
        Assert.Contains("demo-porteur-1", plan.MemberIds);
        Assert.Equal(Defis.Contracts.Accompaniment.V1.Phase.Experimentation, plan.Phase);
        Assert.Equal(4, plan.Milestones.Count);
        Assert.DoesNotContain(plans.Plans, p => p.DossierId == call.Second.Id);
        return plan;
    }

    private static bool IsTranche(MinistryQueue.FundingMessage message, string grantId, int number) =>
        message.Type == "TrancheReleased" && message.Message.GetProperty("grantId").GetString() == grantId
        && message.Message.GetProperty("trancheNumber").GetInt32() == number;
}
