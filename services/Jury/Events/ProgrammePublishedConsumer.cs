using Defis.Contracts.Events;
using Defis.Jury.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.Events;

/// <summary>Remembers a published call: its id (carried by release events) and its decision delay (a rolling call when set).</summary>
public sealed class ProgrammePublishedConsumer(JuryDbContext db, TimeProvider time) : IdempotentConsumer<ProgrammePublished, JuryDbContext>(db, time)
{
    protected override async Task HandleAsync(ProgrammePublished message, ConsumeContext<ProgrammePublished> context, CancellationToken cancellationToken)
    {
        var programme = await Db.Programmes.SingleOrDefaultAsync(p => p.Id == message.ProgrammeId, cancellationToken);
        if (programme is null)
        {
            programme = Db.Programmes.Add(new JuryProgramme { Id = message.ProgrammeId }).Entity;
        }
        programme.Code = message.Code.Trim().ToUpperInvariant();
        programme.Title = message.Title;
        programme.DecisionDueDays = message.DecisionDueDays;
        programme.PublishedAt = message.OccurredAt;
    }
}
