using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Funding.V1;
using Defis.Contracts.Jury.V1;
using Defis.Contracts.Submission.V1;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const long EnvelopeCents = 300_000_000;

    /// <summary>
    /// Staff prepare the call with the 2021 terms under a fresh code in the portal and publish it
    /// (<see cref="PrepareCallThroughThePortalAsync"/>); the platform holds the terms typed, and applicants then see it.
    /// </summary>
    private async Task PublishCallAsync(Cast call, AspirePlatform platform)
    {
        var typed = await PrepareCallThroughThePortalAsync(call, platform);
        var published = await call.Staff.Programmes.GetAsync(call.Code, Cancellation);
        Assert.Equal(ProgrammeStatus.Published, published.Status);
        Assert.Equal(typed, published.Terms);
        Assert.Equal(12_000_000, published.Terms.Phases.Single(p => p.Phase == Defis.Contracts.Submission.V1.Phase.Experimentation).MaxGrantCents);
        call.ProgrammeId = published.Id;
        var seen = await Poll.UntilAsync(() => call.FirstTeam.Programmes.ListPublishedAsync(Cancellation),
            r => r.Programmes.Any(p => p.Code == call.Code), EventBound, "the new call in the applicants' list", Cancellation);
        Assert.Equal(21, seen.Programmes.Single(p => p.Code == call.Code).Terms.DecisionDueDays);
        output.WriteLine($"Call {call.Code} published ({call.ProgrammeId}).");
    }

    /// <summary>
    /// The experimentation panel (three members, the president among them), the 2021 grid, two reviewers per dossier
    /// assigned as each arrives (a rolling call), all set up by staff in the portal, and the first juror's declared tie
    /// with the second team's structure.
    /// </summary>
    private async Task SetUpJuryAsync(Cast call, AspirePlatform platform)
    {
        await SetUpPanelThroughThePortalAsync(call, platform);
        await DeclareConflictThroughThePortalAsync(call, platform);
        var visible = await call.ConflictedJuror.Jury.ListConflictsAsync(call.Code, Cancellation);
        var declared = Assert.Single(visible.Declarations);
        Assert.Equal(("demo-jure-1", WholeCallData.SecondLead, ConflictTargetKind.Organisation, ConflictType.Collaborator),
            (declared.JurorUserId, declared.Target, declared.TargetKind, declared.Type));
    }

    /// <summary>Funding opened the envelope from ProgrammePublished; staff add the ministry as partner and name the coach.</summary>
    private async Task SetUpMoneyAndCoachingAsync(Cast call)
    {
        var envelope = await Poll.UntilAsync(() => call.Staff.Funding.GetEnvelopeAsync(call.ProgrammeId, Cancellation),
            e => e.TotalCents == EnvelopeCents, EventBound, "the envelope opened by Funding on ProgrammePublished", Cancellation);
        Assert.Equal(0, envelope.CommittedCents);
        Assert.Equal(EnvelopeCents, envelope.RemainingCents);
        var partners = await call.Staff.Funding.AddProgrammePartnerAsync(call.ProgrammeId,
            new AddProgrammePartnerRequest { ProgrammeId = call.ProgrammeId, PartnerId = PlatformDoor.MinistryClient }, Cancellation);
        Assert.Contains(PlatformDoor.MinistryClient, partners.PartnerIds);

        var pool = await call.Staff.Accompaniment.SetCoachPoolAsync(call.ProgrammeId,
            new SetCoachPoolRequest { ProgrammeId = call.ProgrammeId, CoachIds = { "demo-coach" } }, Cancellation);
        Assert.Equal("demo-coach", Assert.Single(pool.Coaches).CoachId);
    }
}
