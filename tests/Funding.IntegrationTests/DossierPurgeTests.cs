using System.Text.Json;
using Defis.Contracts.Events;
using Defis.Funding.Persistence;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.IntegrationTests;

/// <summary>
/// Decision 0032 on real PostgreSQL and RabbitMQ: a purged dossier loses its people in Funding, never its accounting,
/// once however often the event comes, and a DossierSubmitted arriving after the purge brings no one back.
/// </summary>
public sealed class DossierPurgeTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly FundingPlatform _platform = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task A_funded_dossier_forgets_its_lead_keeps_its_accounts_and_open_data_line_and_a_second_delivery_changes_nothing()
    {
        var programmeId = await _platform.OpenProgrammeAsync(300_000_000);
        var (purged, other) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await _platform.CommittedWithExpenseAsync(programmeId, purged, "Atelier Numérique", "F-2021-7");
        await _platform.CommittedWithExpenseAsync(programmeId, other, "Atelier Numérique", "F-2021-8");
        var accountsBefore = await AccountsAsync(programmeId);
        var trailBefore = await _platform.QueryAsync(db => db.AuditTrail.CountAsync());
        var purge = Purged(purged, PurgeReason.Retention);

        await _platform.DeliverAsync(purge);

        var dossier = await DossierAsync(purged);
        Assert.Equal(("", "Accueillir les parents allophones", "Rectorat de Lyon"), (dossier.OwnerId, dossier.Title, dossier.LeadStructureName));
        Assert.Equal([""], await DeclarantsAsync(purged));
        Assert.Equal(accountsBefore, await AccountsAsync(programmeId));
        Assert.Equal(FundingPlatform.Lead, (await DossierAsync(other)).OwnerId);
        Assert.Equal([FundingPlatform.Lead], await DeclarantsAsync(other));
        var trail = await _platform.QueryAsync(db => db.AuditTrail.AsNoTracking().OrderBy(e => e.Id).Skip(trailBefore).ToListAsync());
        Assert.Contains(trail, e => e is { TargetType: nameof(FundedDossier), Action: "modified" } && e.TargetId == $"{purged}" && e.Summary.Contains("OwnerId"));
        Assert.Contains(trail, e => e is { TargetType: "ExpenseLine", Action: "modified" } && e.Summary.Contains("DeclaredBy"));
        Assert.Contains(trail, e => e is { TargetType: nameof(PurgedDossier), Action: "created" });
        Assert.All(trail, e => Assert.DoesNotContain(FundingPlatform.Lead, e.Summary, StringComparison.Ordinal));
        Assert.All(trail, e => Assert.Equal("événement DossierPurged", e.ActorRole));

        var trailAfterPurge = await _platform.QueryAsync(db => db.AuditTrail.CountAsync());
        await _platform.DeliverAsync(purge);
        await _platform.DeliverAsync(purge with { EventId = Guid.CreateVersion7(), Reason = PurgeReason.Erasure });

        Assert.Equal(trailAfterPurge, await _platform.QueryAsync(db => db.AuditTrail.CountAsync()));
        Assert.Equal(accountsBefore, await AccountsAsync(programmeId));
        Assert.Equal(PurgeReason.Retention, (await _platform.QueryAsync(db => db.PurgedDossiers.SingleAsync(p => p.DossierId == purged))).Reason);
    }

    [Fact]
    public async Task A_dossier_never_funded_keeps_only_its_reference_and_figures()
    {
        var programmeId = await _platform.OpenProgrammeAsync(300_000_000);
        var dossierId = Guid.CreateVersion7();
        await _platform.DeliverAsync(FundingPlatform.Submitted(programmeId, dossierId));

        await _platform.DeliverAsync(Purged(dossierId, PurgeReason.Retention));

        var dossier = await DossierAsync(dossierId);
        Assert.Equal(("", FundedDossier.PurgedTitle, "", null), (dossier.OwnerId, dossier.Title, dossier.LeadStructureName, dossier.LeadStructureSiret));
        Assert.Equal(("CB21-0001", 20_000_000L, 5_000_000L, 2), (dossier.Reference, dossier.RequestedAmountCents, dossier.SelfFinancingCents, dossier.Organisations));
    }

    [Fact]
    public async Task A_dossier_filed_event_arriving_after_the_purge_keeps_the_figures_and_no_one()
    {
        var programmeId = await _platform.OpenProgrammeAsync(300_000_000);
        var dossierId = Guid.CreateVersion7();

        await _platform.DeliverAsync(Purged(dossierId, PurgeReason.Erasure));
        await _platform.DeliverAsync(FundingPlatform.Submitted(programmeId, dossierId));

        var dossier = await DossierAsync(dossierId);
        Assert.Equal(("", FundedDossier.PurgedTitle, ""), (dossier.OwnerId, dossier.Title, dossier.LeadStructureName));
        Assert.Equal((programmeId, 20_000_000L), (dossier.ProgrammeId, dossier.RequestedAmountCents));
    }

    private static DossierPurged Purged(Guid dossierId, PurgeReason reason) =>
        new(dossierId, "CB21", reason) { OccurredAt = FundingPlatform.Published.AddYears(3) };

    private Task<FundedDossier> DossierAsync(Guid dossierId) =>
        _platform.QueryAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.DossierId == dossierId, Cancellation));

    private Task<List<string>> DeclarantsAsync(Guid dossierId) => _platform.QueryAsync(async db =>
    {
        var grants = await db.Grants.AsNoTracking().Where(g => g.DossierId == dossierId).Select(g => g.Id).ToListAsync(Cancellation);
        var ledgers = await db.ExpenseLedgers.AsNoTracking().Include(l => l.Lines).Where(l => grants.Contains(l.GrantId)).ToListAsync(Cancellation);
        return ledgers.SelectMany(l => l.Lines).Select(l => l.DeclaredBy).ToList();
    });

    /// <summary>Everything public accounts need, as one text: grants, tranches, expenses without their declarant, the ministry's sequence.</summary>
    private Task<string> AccountsAsync(Guid programmeId) => _platform.QueryAsync(async db =>
    {
        var grants = await db.Grants.AsNoTracking().Where(g => g.ProgrammeId == programmeId).OrderBy(g => g.Id).ToListAsync(Cancellation);
        var ledgers = await db.ExpenseLedgers.AsNoTracking().Include(l => l.Lines).Where(l => l.ProgrammeId == programmeId)
            .OrderBy(l => l.GrantId).ToListAsync(Cancellation);
        var events = await db.FundingEvents.AsNoTracking().Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Sequence)
            .Select(e => new { e.Sequence, e.EventId, e.Type, e.Payload }).ToListAsync(Cancellation);
        return JsonSerializer.Serialize(new
        {
            Grants = grants.Select(g => new { g.Id, g.DossierId, Amount = g.Amount.Cents, g.Status, g.CommittedAt, g.CommittedBy, Released = g.Released.Cents,
                Tranches = g.Tranches.Select(t => new { t.Number, Amount = t.Amount.Cents, t.Status, t.ReleasedAt }) }),
            Expenses = ledgers.SelectMany(l => l.Lines).OrderBy(l => l.Id).Select(l => new { l.Id, l.Declaration, l.DeclaredAt, l.Rejections }),
            Events = events,
        });
    });
}
