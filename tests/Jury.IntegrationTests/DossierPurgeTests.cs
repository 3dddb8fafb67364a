using Defis.Contracts.Events;
using Defis.Contracts.Jury.V1;
using Defis.Jury.Domain;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using AuditAction = Defis.Jury.Domain.AuditAction;
using OverallOpinion = Defis.Jury.Domain.OverallOpinion;
using Review = Defis.Jury.Domain.Review;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// Decision 0032 on real PostgreSQL and RabbitMQ: a purged dossier loses in the Jury what people wrote about it and its
/// team's names, keeps its scores so the released ranking still adds up, once however often the event comes.
/// </summary>
public sealed class DossierPurgeTests(JuryHost host) : IClassFixture<JuryHost>
{
    private const string GeneralComment = "L'équipe de Mme Martin est convaincante.";
    private const string Rationale = "Impact fort et équipe solide.";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_purged_dossier_loses_its_texts_and_names_keeps_its_scores_and_a_second_delivery_changes_nothing()
    {
        var scene = new Cb18Scene(host, "PG18");
        await scene.FileAndConfigureAsync();
        var (purged, kept) = (scene.Dossiers[0], scene.Dossiers[1]);
        await ReviewAllAndSelectAsync(scene, purged);
        var rankingBefore = await RankingAsync(scene);
        var trailBefore = await host.QueryAsync(db => db.AuditTrail.CountAsync());
        var purge = new DossierPurged(purged.DossierId, scene.Code, PurgeReason.Retention) { OccurredAt = DateTimeOffset.UtcNow };

        await PurgeAsync(purge);

        var profile = await host.QueryAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == purged.DossierId));
        Assert.Equal((DossierPurge.PurgedTitle, "", 0, 0), (profile.Title, profile.LeadStructure, profile.Partners.Count, profile.Territories.Count));
        Assert.Equal(purged.Reference, profile.Reference);
        var reviews = await ReviewsAsync(purged.DossierId);
        Assert.All(reviews, r => Assert.Equal((null, OverallOpinion.Favourable), (r.GeneralComment, r.Opinion)));
        Assert.All(reviews.SelectMany(r => r.Scores), s => Assert.Null(s.Comment));
        Assert.All(await ReviewsAsync(kept.DossierId), r => Assert.Contains("Impact argumenté.", r.Scores.Select(s => s.Comment)));
        Assert.Equal(rankingBefore, await RankingAsync(scene));
        var register = await host.QueryAsync(db => db.ConflictRegisters.AsNoTracking().SingleAsync(r => r.ProgrammeCode == scene.Code));
        var declaration = Assert.Single(register.Declarations);
        Assert.Equal(($"{purged.DossierId}", null), (declaration.Target, declaration.Note));
        var decision = await host.QueryAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.ProgrammeCode == scene.Code));
        Assert.Equal((DossierPurge.Erased, 2_500_000L), (Assert.Single(decision.Selections).Rationale, decision.Selections[0].RecommendedGrantCents));
        var audit = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.DossierId == purged.DossierId).ToListAsync());
        Assert.All(audit, e => Assert.DoesNotContain("Impact fort", e.Detail, StringComparison.Ordinal));
        Assert.All(audit.Where(e => e.Action is AuditAction.ReviewerAssigned or AuditAction.SelectionStaged), e => Assert.Equal(DossierPurge.Erased, e.Detail));
        Assert.Contains(audit, e => e.Action == AuditAction.ReviewSubmitted && e.Detail.Contains("impact=5", StringComparison.Ordinal));
        Assert.Single(audit, e => e is { Action: AuditAction.DossierPurged, Actor: "system:jury" });
        Assert.Contains(await AuditsOfAsync(kept.DossierId), e => e.Action == AuditAction.ReviewerAssigned && e.Detail != DossierPurge.Erased);
        var trail = await host.QueryAsync(db => db.AuditTrail.AsNoTracking().OrderBy(e => e.Id).Skip(trailBefore).ToListAsync());
        Assert.Contains(trail, e => e is { TargetType: nameof(Review), Action: "modified" } && e.Summary.Contains(nameof(Review.GeneralComment)));
        Assert.Contains(trail, e => e is { TargetType: "FiledDossier", Action: "modified" } && e.TargetId == $"{purged.DossierId}" && e.Summary.Contains("Title"));
        Assert.All(trail, e => Assert.DoesNotContain("Mme Martin", e.Summary, StringComparison.Ordinal));

        var counts = await CountsAsync();
        await host.PublishAsync(purge);
        await PurgeAsync(purge with { EventId = Guid.CreateVersion7(), Reason = PurgeReason.Erasure });

        Assert.Equal(counts, await CountsAsync());
        Assert.Equal(rankingBefore, await RankingAsync(scene));
    }

    [Fact]
    public async Task A_dossier_filed_event_arriving_after_the_purge_is_kept_anonymous()
    {
        var programmeId = await host.PublishProgrammeAsync("PG19", decisionDueDays: null);
        var filed = JuryHost.Filed(programmeId, "PG19", 1, "Mairie de Brest", "DITP");

        await PurgeAsync(new DossierPurged(filed.DossierId, "PG19", PurgeReason.Erasure) { OccurredAt = DateTimeOffset.UtcNow });
        await host.PublishAsync(filed);

        var profile = await Eventually.Until(() => host.QueryAsync(db => db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == filed.DossierId)),
            found => found is not null, TimeSpan.FromSeconds(30), "the late filing consumed");
        Assert.Equal((DossierPurge.PurgedTitle, "", 0, filed.Reference), (profile!.Title, profile.LeadStructure, profile.Partners.Count, profile.Reference));
        Assert.Contains("RGPD", Assert.Single(await AuditsOfAsync(filed.DossierId)).Detail, StringComparison.Ordinal);
    }

    /// <summary>Every dossier reviewed by its two jurors (the purged one with a general comment), the purged one selected and released.</summary>
    private async Task ReviewAllAndSelectAsync(Cb18Scene scene, DossierSubmitted selected)
    {
        var batch = await host.Assignments(host.StaffToken).AssignBatchAsync(new AssignBatchRequest { PanelId = scene.Panel.Id }, cancellationToken: Cancellation);
        foreach (var assignment in batch.Created)
        {
            var dossier = scene.Dossiers.Single(d => $"{d.DossierId}" == assignment.DossierId);
            var review = Cb18Scene.Review(scene.Panel.Id, dossier, dossier == selected ? 5 : 3);
            review.GeneralComment = dossier == selected ? GeneralComment : "";
            await host.Reviews(Cb18Scene.TokenOf(assignment.JurorUserId)).SubmitReviewAsync(review, cancellationToken: Cancellation);
        }
        var president = host.Decisions(Cb18Scene.TokenOf(Cb18Scene.President));
        var decision = await president.OpenDecisionAsync(new OpenDecisionRequest { PanelId = scene.Panel.Id }, cancellationToken: Cancellation);
        await president.StageSelectionAsync(new StageSelectionRequest
        {
            DecisionId = decision.Id, DossierId = $"{selected.DossierId}", Rationale = Rationale, RecommendedGrantCents = 2_500_000,
        }, cancellationToken: Cancellation);
        await president.ReleaseDecisionAsync(new ReleaseDecisionRequest { DecisionId = decision.Id }, cancellationToken: Cancellation);
    }

    /// <summary>Publishes the purge and waits until the Jury consumed it (its inbox holds the message).</summary>
    private async Task PurgeAsync(DossierPurged purge)
    {
        await host.PublishAsync(purge);
        await Eventually.Until(() => host.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == purge.EventId)), done => done,
            TimeSpan.FromSeconds(30), "the purge consumed");
    }

    private async Task<string> RankingAsync(Cb18Scene scene)
    {
        var ranking = await host.Decisions(host.StaffToken).GetRankingAsync(new GetRankingRequest { PanelId = scene.Panel.Id }, cancellationToken: Cancellation);
        return string.Join(" | ", ranking.Rows.Select(r => $"{r.Position} {r.DossierReference} {r.Mean} {r.ReviewsDone}/{r.ReviewsExpected}"));
    }

    private Task<List<Review>> ReviewsAsync(Guid dossierId) =>
        host.QueryAsync(db => db.Reviews.AsNoTracking().Where(r => r.DossierId == dossierId).ToListAsync());

    private Task<List<AuditEntry>> AuditsOfAsync(Guid dossierId) =>
        host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.DossierId == dossierId).ToListAsync());

    private Task<(int Trail, int Audit, int Purged)> CountsAsync() => host.QueryAsync(async db =>
        (await db.AuditTrail.CountAsync(), await db.AuditEntries.CountAsync(), await db.PurgedDossiers.CountAsync()));
}
