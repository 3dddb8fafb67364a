using Defis.Contracts.Events;
using Defis.Jury.Domain;
using Defis.Jury.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.Events;

/// <summary>
/// Keeps the Jury's profile of a filed dossier. In a rolling call (a decision delay is known) the dossier
/// gets its reviewers at once from the entry panel: the programme's earliest phase whose assignment
/// rules are set. A shortfall is applied as far as it goes and logged; staff complete it by hand. A dossier already
/// purged (decision 0032) is kept anonymous and assigned to no one.
/// </summary>
public sealed class DossierSubmittedConsumer(JuryDbContext db, TimeProvider time, ILogger<DossierSubmittedConsumer> logger)
    : IdempotentConsumer<DossierSubmitted, JuryDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken)
    {
        await Db.LockDossierAsync(message.DossierId, cancellationToken);
        if (await Db.Dossiers.AnyAsync(d => d.Id == message.DossierId, cancellationToken))
        {
            return;
        }
        var dossier = Db.Dossiers.Add(new FiledDossier
        {
            Id = message.DossierId,
            ProgrammeId = message.ProgrammeId,
            ProgrammeCode = message.ProgrammeCode.Trim().ToUpperInvariant(),
            Reference = message.Reference,
            Title = message.Title,
            FiledAt = message.OccurredAt,
            LeadStructure = message.LeadStructureName,
            Partners = [.. message.Partners],
            Territories = [.. message.Territories],
        }).Entity;
        if (await Db.PurgedDossiers.AnyAsync(p => p.DossierId == message.DossierId, cancellationToken))
        {
            // Arriving after the purge (a late redelivery): counted, anonymous, and given to no reviewer.
            dossier.Forget();
            return;
        }
        var programme = await Db.Programmes.SingleOrDefaultAsync(p => p.Id == message.ProgrammeId, cancellationToken);
        if (programme is { IsRolling: true })
        {
            await AssignOnArrivalAsync(dossier.ToProfile(), cancellationToken);
        }
    }

    private async Task AssignOnArrivalAsync(DossierProfile dossier, CancellationToken cancellationToken)
    {
        var panels = await Db.Panels.Where(p => p.ProgrammeCode == dossier.ProgrammeCode).ToListAsync(cancellationToken);
        var booked = await Db.AssignmentBooks.AsNoTracking().Where(b => b.ProgrammeCode == dossier.ProgrammeCode).Select(b => b.PanelId).ToListAsync(cancellationToken);
        var panel = panels.Where(p => booked.Contains(p.Id)).MinBy(p => p.Phase);
        if (panel is null)
        {
            logger.LogInformation("Dossier {Reference} filed in rolling call {Programme} before any panel has assignment rules: assign it in a batch later.",
                dossier.Reference, dossier.ProgrammeCode);
            return;
        }
        var now = Time.GetUtcNow();
        // Same lock order as the API: register, then book (we are inside the inbox's transaction).
        var register = await Db.LockedRegisterAsync(dossier.ProgrammeCode, exclusive: false, now, cancellationToken);
        var book = (await Db.LockedBookAsync(panel.Id, exclusive: true, cancellationToken))!;
        var plan = book.Plan(panel, [dossier], register);
        book.Apply(plan, Actor.JuryService, now, acceptShortfalls: true);
        foreach (var shortfall in plan.Shortfalls)
        {
            logger.LogWarning("Rolling assignment short: {Shortfall}", shortfall.Description);
        }
    }
}
