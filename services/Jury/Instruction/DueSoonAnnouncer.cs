using Defis.ServiceInfrastructure.Scheduling;
using Defis.Jury.Domain;
using Defis.Jury.Outgoing;
using Defis.Jury.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Defis.Jury.Instruction;

/// <summary>
/// One pass of the instruction clock over the rolling calls: each undecided dossier whose decision falls due
/// within the window (<see cref="InstructionClock.Agenda"/>) is announced with DecisionDueSoon, once per
/// dossier and due date. The marker row is inserted with ON CONFLICT DO NOTHING in the transaction that writes
/// the event to the outbox: a second instance inserting the same marker waits for the first to commit, then
/// inserts nothing and announces nothing; a restart finds the markers.
/// </summary>
public sealed class DueSoonAnnouncer(JuryDbContext db, TimeProvider time, IOptions<DueSoonOptions> options) : IScheduledPass
{
    /// <summary>Returns the number of announcements made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var rolling = await db.Programmes.AsNoTracking().Where(p => p.DecisionDueDays > 0).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var announced = 0;
        foreach (var programme in rolling)
        {
            announced += await AnnounceAsync(programme, cancellationToken);
        }
        return announced;
    }

    private async Task<int> AnnounceAsync(JuryProgramme programme, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = time.GetUtcNow();
        var undecided = (await db.UndecidedDossiersAsync(programme.Code, cancellationToken)).Select(d => d.ToProfile());
        var clock = new InstructionClock(programme.DecisionDueDays!.Value, options.Value.DueSoonDays);
        var due = await NotYetAnnouncedAsync(clock.Agenda(undecided, now).DueSoon, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        var presidents = await PresidentsAsync(programme.Code, cancellationToken);
        return await db.InTransactionAsync(async () =>
        {
            var announced = 0;
            foreach (var deadline in due)
            {
                var marked = await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO due_soon_announcements (dossier_id, due_on, announced_at) VALUES ({deadline.Dossier.Id}, {deadline.DueOn}, {now}) ON CONFLICT DO NOTHING",
                    cancellationToken);
                if (marked == 1)
                {
                    db.AddIntegrationEvent(deadline.ToDueSoonEvent(programme.Id, programme.Code, presidents, now));
                    announced++;
                }
            }
            return announced;
        }, cancellationToken);
    }

    /// <summary>Skips, without locking, what an earlier pass announced; the insert settles the rest.</summary>
    private async Task<List<InstructionDeadline>> NotYetAnnouncedAsync(IReadOnlyList<InstructionDeadline> due, CancellationToken cancellationToken)
    {
        var ids = due.Select(d => d.Dossier.Id).ToArray();
        var markers = await db.DueSoonAnnouncements.AsNoTracking().Where(a => ids.Contains(a.DossierId)).ToListAsync(cancellationToken);
        var done = markers.Select(m => (m.DossierId, m.DueOn)).ToHashSet();
        return due.Where(d => !done.Contains((d.Dossier.Id, d.DueOn))).ToList();
    }

    /// <summary>The presidents of the programme's panels: those who release its decisions.</summary>
    private async Task<string[]> PresidentsAsync(string programmeCode, CancellationToken cancellationToken)
    {
        var panels = await db.Panels.AsNoTracking().Where(p => p.ProgrammeCode == programmeCode).ToListAsync(cancellationToken);
        return panels.Select(p => p.President?.UserId).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
    }
}
