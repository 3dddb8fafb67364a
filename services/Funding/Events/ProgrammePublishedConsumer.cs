using Defis.Contracts.Events;
using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Events;

/// <summary>Opens the programme's envelope, its event counter and its money rules when the call is published.</summary>
public sealed class ProgrammePublishedConsumer(FundingDbContext db, TimeProvider time)
    : IdempotentConsumer<ProgrammePublished, FundingDbContext>(db, time)
{
    protected override async Task HandleAsync(ProgrammePublished message, ConsumeContext<ProgrammePublished> context, CancellationToken cancellationToken)
    {
        // A programme is published once; a second event for it (republished by hand) changes nothing already counted.
        if (await Db.Envelopes.AnyAsync(e => e.ProgrammeId == message.ProgrammeId, cancellationToken))
        {
            return;
        }
        var rules = new ProgrammeRules
        {
            ProgrammeId = message.ProgrammeId,
            Code = message.Code,
            CollectiveAllowancePercent = message.CollectiveAllowancePercent,
            Ranges = message.Phases.Select(RangeOf).OfType<StoredPhaseRange>().ToList(),
        };
        rules.ToDomain(); // refuses malformed ranges before anything is stored
        Db.ProgrammeRules.Add(rules);
        Db.Envelopes.Add(Envelope.Open(message.ProgrammeId, new Money(message.EnvelopeCents)));
        Db.EventCounters.Add(new ProgrammeEventCounter(message.ProgrammeId));
    }

    /// <summary>
    /// A phase without a ceiling is not funded. The call gives no floor for "up to" amounts, so the floor is
    /// then one cent; the default proposal is the ceiling, the amount the calls announce per laureate.
    /// </summary>
    private static StoredPhaseRange? RangeOf(ProgrammePhase phase) =>
        phase.MaxGrantCents > 0 && PhaseNames.TryParse(phase.Phase, out var parsed)
            ? new StoredPhaseRange(parsed, Math.Max(phase.MinGrantCents, 1), phase.MaxGrantCents, phase.MaxGrantCents)
            : null;
}
