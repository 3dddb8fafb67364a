using Defis.Funding.Persistence;
using Contract = Defis.Contracts.Events;
using DomainEvents = Defis.Funding.Domain.Events;

namespace Defis.Funding.Outgoing;

/// <summary>Turns the domain's numbered funding events into the public contract, and records them for the broker and the replay.</summary>
public static class FundingEventContracts
{
    /// <summary>
    /// Each event goes to the outbox (published once committed, in the order given) and to the replay log, in the
    /// caller's transaction, with one save.
    /// </summary>
    public static async Task RecordAsync(this FundingDbContext db, IEnumerable<DomainEvents.FundingEvent> events, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Funding events are recorded inside the transaction of their change.");
        }
        foreach (var domainEvent in events)
        {
            var contract = domainEvent.ToContract();
            db.AddIntegrationEvent(contract);
            db.FundingEvents.Add(FundingEventRecord.Of(contract));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public static Contract.FundingEvent ToContract(this DomainEvents.FundingEvent domainEvent)
    {
        // The header is the domain's: its id, number, instant and author travel unchanged.
        var header = domainEvent.Header;
        var at = header.OccurredAt;
        Contract.FundingEvent contract = domainEvent switch
        {
            DomainEvents.GrantProposed e => new Contract.GrantProposed(e.GrantId, e.DossierId, e.Phase.ToString(), e.Amount.Cents, e.SelfFinancing.Cents) { OccurredAt = at },
            DomainEvents.GrantCommitted e => new Contract.GrantCommitted(e.GrantId, e.DossierId, e.Phase.ToString(), e.Amount.Cents, e.SelfFinancing.Cents,
                [.. e.Tranches.Select(t => new Contract.CommittedTranche(t.Number, t.Amount.Cents, t.ShareBasisPoints, t.Trigger.ToString(), t.Milestone, t.ReleasedAt))])
            { OccurredAt = at },
            DomainEvents.GrantAdjusted e => new Contract.GrantAdjusted(e.GrantId, e.PreviousAmount.Cents, e.NewAmount.Cents, e.Reason) { OccurredAt = at },
            DomainEvents.GrantCancelled e => new Contract.GrantCancelled(e.GrantId, e.ReleasedRoom.Cents, e.Reason) { OccurredAt = at },
            DomainEvents.TrancheReleased e => new Contract.TrancheReleased(e.GrantId, e.TrancheNumber, e.Amount.Cents, e.Trigger.ToString(), e.Milestone) { OccurredAt = at },
            DomainEvents.ExpenseAccepted e => new Contract.ExpenseAccepted(e.GrantId, e.ExpenseId, e.Category.ToString(), e.Amount.Cents) { OccurredAt = at },
            DomainEvents.ExpenseRejected e => new Contract.ExpenseRejected(e.GrantId, e.ExpenseId, e.Category.ToString(), e.Amount.Cents, e.Reasons) { OccurredAt = at },
            DomainEvents.EnvelopeThresholdReached e => new Contract.EnvelopeThresholdReached(e.Percent, e.Committed.Cents, e.Total.Cents) { OccurredAt = at },
            _ => throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent.GetType().Name, "Unknown funding event."),
        };
        return contract with { EventId = header.EventId, ProgrammeId = header.ProgrammeId, Sequence = header.Sequence, Actor = header.Actor, OccurredAt = header.OccurredAt };
    }
}
