using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Messaging;
using Defis.SharedKernel.Time;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.Events;

/// <summary>
/// Opens the support plan of a selected dossier for its phase: the least-loaded coach of the programme's
/// pool, the phase's duration and its template milestones. The pool row stays locked while loads are
/// counted and the plan saved, so simultaneous selections spread over the coaches. A dossier or a pool
/// this service does not know yet is a failure: the message is retried, then parked in the error queue
/// until staff set the pool (and the queue is replayed).
/// </summary>
public sealed class DossierSelectedConsumer(AccompanimentDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierSelected, AccompanimentDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSelected message, ConsumeContext<DossierSelected> context, CancellationToken cancellationToken)
    {
        var phase = Enum.Parse<Phase>(message.Phase, ignoreCase: true);
        if (await Db.Plans.AnyAsync(p => p.DossierId == message.DossierId && p.Phase == phase, cancellationToken))
        {
            return;
        }
        var dossier = await Db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.DossierId == message.DossierId, cancellationToken)
            ?? throw new InvalidOperationException($"Dossier {message.DossierId} selected before its DossierSubmitted was received.");
        var pool = await Db.LockCoachPoolAsync(message.ProgrammeId, cancellationToken);
        var now = Time.GetUtcNow();
        var today = ParisTime.DateOf(now);
        var team = await Db.CoachLoadsAsync(pool?.CoachIds ?? [], today, cancellationToken);
        var laureate = new Laureate(message.ProgrammeId, message.DossierId, phase, dossier.Title, dossier.Theme, dossier.Territories,
            new HashSet<string>([dossier.LeadId], StringComparer.Ordinal));
        var (plan, events) = SupportPlan.Open(laureate, await StartAsync(message.ProgrammeId, phase, today, cancellationToken), team,
            PhaseTemplate.DefaultFor(phase), new Change(new Caller(message.DecidedBy, AccompanimentRoles.None), now));
        Db.Plans.Add(PlanRow.From(plan));
        Db.AddPlanEvents(events, plan);
    }

    /// <summary>The phase's announced start when it is still ahead, else the day of the decision.</summary>
    private async Task<DateOnly> StartAsync(Guid programmeId, Phase phase, DateOnly today, CancellationToken cancellationToken)
    {
        var programme = await Db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        return programme?.StartOf(phase) is { } announced && announced > today ? announced : today;
    }
}
