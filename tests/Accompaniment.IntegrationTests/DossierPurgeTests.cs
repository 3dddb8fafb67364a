using Defis.Accompaniment.Persistence;
using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using CheckIn = Defis.Accompaniment.Domain.CheckIns.CheckIn;
using MilestoneStatus = Defis.Accompaniment.Domain.Milestones.MilestoneStatus;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// Decision 0032 on real PostgreSQL and RabbitMQ: a purged dossier's plan loses its check-ins, its milestones' evidence
/// and its team, keeps its skeleton for the counts, once however often the event comes; a late filing or selection
/// brings no one back.
/// </summary>
public sealed class DossierPurgeTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly AccompanimentHost _host = new(infrastructure);
    private readonly Guid _programmeId = Guid.CreateVersion7();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _host.StartAsync();
        var pools = new CoachPools.CoachPoolsClient(_host.Service.Channel(TestTokens.For("staff-ditp", Roles.ProgrammeStaff)));
        await pools.SetCoachPoolAsync(new SetCoachPoolRequest { ProgrammeId = $"{_programmeId}", CoachIds = { "coach-a" } }, cancellationToken: Cancellation);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task The_plan_keeps_its_skeleton_loses_check_ins_evidence_and_team_and_a_second_delivery_changes_nothing()
    {
        var (purged, kept) = (await PlanWithWorkAsync("lead-p"), await PlanWithWorkAsync("lead-k"));
        var skeletonBefore = await SkeletonAsync(purged);
        var trailBefore = await _host.WithDbAsync(db => db.AuditTrail.CountAsync(Cancellation));
        var purge = new DossierPurged(purged, "CB21", PurgeReason.Retention) { OccurredAt = DateTimeOffset.UtcNow };

        await _host.DeliverAsync(purge);

        var plan = await PlanAsync(purged);
        Assert.Equal((DossierRow.PurgedTitle, 0, "coach-a"), (plan.ProjectTitle, plan.MemberIds.Count, string.Join(",", plan.CoachIds)));
        Assert.All(plan.Milestones, m => Assert.Equal((null, null, null), (m.EvidenceText, m.EvidenceLink, m.Note)));
        Assert.Equal(skeletonBefore, await SkeletonAsync(purged));
        Assert.Equal(0, await CheckInsAsync(plan.Id));
        var dossier = await _host.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.DossierId == purged, Cancellation));
        Assert.Equal((DossierRow.PurgedTitle, "", ""), (dossier.Title, dossier.LeadId, dossier.ContactEmail));
        var other = await PlanAsync(kept);
        Assert.Equal(["lead-k"], other.MemberIds);
        Assert.Equal("Compte rendu de lead-k", other.Milestones.Single(m => m.EvidenceText is not null).EvidenceText);
        Assert.Equal(1, await CheckInsAsync(other.Id));
        var trail = await _host.WithDbAsync(db => db.AuditTrail.AsNoTracking().OrderBy(e => e.Id).Skip(trailBefore).ToListAsync(Cancellation));
        Assert.Contains(trail, e => e is { TargetType: nameof(CheckIn), Action: "deleted" });
        Assert.Contains(trail, e => e is { TargetType: nameof(MilestoneRow), Action: "modified" } && e.Summary.Contains(nameof(MilestoneRow.EvidenceText)));
        Assert.Contains(trail, e => e is { TargetType: nameof(PlanRow), Action: "modified" } && e.Summary.Contains(nameof(PlanRow.MemberIds)));
        Assert.All(trail, e => Assert.DoesNotContain("lead-p", e.Summary, StringComparison.Ordinal));

        var trailAfter = await _host.WithDbAsync(db => db.AuditTrail.CountAsync(Cancellation));
        await _host.DeliverAsync(purge);
        await _host.DeliverAsync(purge with { EventId = Guid.CreateVersion7(), Reason = PurgeReason.Erasure });

        Assert.Equal(trailAfter, await _host.WithDbAsync(db => db.AuditTrail.CountAsync(Cancellation)));
        Assert.Equal(skeletonBefore, await SkeletonAsync(purged));
    }

    [Fact]
    public async Task A_filing_and_a_selection_arriving_after_the_purge_keep_the_dossier_anonymous_and_open_no_plan()
    {
        var dossierId = Guid.CreateVersion7();

        await _host.DeliverAsync(new DossierPurged(dossierId, "CB21", PurgeReason.Erasure) { OccurredAt = DateTimeOffset.UtcNow });
        await _host.DeliverAsync(SelectionConvergenceTests.Submitted(_programmeId, dossierId, "lead-late"));
        await _host.DeliverAsync(SelectionConvergenceTests.Selected(_programmeId, dossierId, revision: 1));

        var dossier = await _host.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.DossierId == dossierId, Cancellation));
        Assert.Equal((DossierRow.PurgedTitle, "", "", "Santé"), (dossier.Title, dossier.LeadId, dossier.ContactEmail, dossier.Theme));
        Assert.False(await _host.WithDbAsync(db => db.Plans.AnyAsync(p => p.DossierId == dossierId, Cancellation)));
        Assert.True(await _host.WithDbAsync(db => db.JuryVerdicts.AnyAsync(v => v.DossierId == dossierId && v.WaitingFor == null, Cancellation)));
    }

    /// <summary>A selected dossier's plan with one milestone handed in (text, link to a file, the coach's note), one validated, one check-in.</summary>
    private async Task<Guid> PlanWithWorkAsync(string lead)
    {
        var dossierId = Guid.CreateVersion7();
        await _host.DeliverAsync(SelectionConvergenceTests.Submitted(_programmeId, dossierId, lead));
        await _host.DeliverAsync(SelectionConvergenceTests.Selected(_programmeId, dossierId, revision: 1));
        await _host.WithDbAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Milestones).SingleAsync(p => p.DossierId == dossierId, Cancellation);
            var milestones = plan.Milestones.OrderBy(m => m.Due).ToList();
            (milestones[0].Status, milestones[0].EvidenceText, milestones[0].EvidenceLink, milestones[0].Note, milestones[0].SubmittedAt) =
                (MilestoneStatus.Submitted, $"Compte rendu de {lead}", $"https://fichiers.example/{lead}.pdf", $"Merci {lead}", DateTimeOffset.UtcNow);
            (milestones[1].Status, milestones[1].ValidatedAt, milestones[1].ValidatedBy) = (MilestoneStatus.Validated, DateTimeOffset.UtcNow, "coach-a");
            db.CheckIns.Add(new CheckIn(Guid.CreateVersion7(), plan.Id, lead, DateTimeOffset.UtcNow, $"Avancée de {lead}", "Un risque", "Une aide"));
            return await db.SaveChangesAsync(Cancellation);
        });
        return dossierId;
    }

    private Task<PlanRow> PlanAsync(Guid dossierId) =>
        _host.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Milestones).SingleAsync(p => p.DossierId == dossierId, Cancellation));

    private Task<int> CheckInsAsync(Guid planId) => _host.WithDbAsync(db => db.CheckIns.CountAsync(c => c.PlanId == planId, Cancellation));

    /// <summary>What the counts need: phase, dates, coaches, and each milestone's name, due date, status and dates.</summary>
    private async Task<string> SkeletonAsync(Guid dossierId)
    {
        var plan = await PlanAsync(dossierId);
        return string.Join(" | ", [$"{plan.Phase} {plan.StartsOn} {plan.EndsOn} {plan.OpenedAt:O} {plan.ClosedAt:O} {string.Join(",", plan.CoachIds)}",
            .. plan.Milestones.OrderBy(m => m.Due).Select(m => $"{m.Title} {m.Due} {m.Status} {m.SubmittedAt:O} {m.ValidatedAt:O} {m.ValidatedBy}")]);
    }
}
