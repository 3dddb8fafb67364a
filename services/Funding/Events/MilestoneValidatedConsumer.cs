using Defis.Contracts.Events;
using Defis.Funding.Domain;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Defis.Funding.Outgoing;

namespace Defis.Funding.Events;

/// <summary>
/// Pays the tranches that wait for the validated milestone (title compared without regard to case), once:
/// the inbox drops a redelivery, and a tranche already paid is not paid again by the domain.
/// </summary>
public sealed class MilestoneValidatedConsumer(FundingDbContext db, TimeProvider time)
    : IdempotentConsumer<MilestoneValidated, FundingDbContext>(db, time)
{
    protected override async Task HandleAsync(MilestoneValidated message, ConsumeContext<MilestoneValidated> context, CancellationToken cancellationToken)
    {
        var phase = PhaseNames.FromEvent(message.Phase);
        var books = await Db.LockProgrammeAsync(message.ProgrammeId, cancellationToken);
        var grants = await Db.Grants
            .Where(g => g.ProgrammeId == message.ProgrammeId && g.DossierId == message.DossierId && g.Phase == phase && g.Status != GrantStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var change = books.Change(message.ValidatedBy, Time.GetUtcNow());
        foreach (var grant in grants)
        {
            await Db.RecordAsync(grant.OnMilestoneValidated(message.Title, books.Envelope, change), cancellationToken);
        }
    }
}
