using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.Events;

/// <summary>Remembers a published call: its code, title and phase dates, which new plans start from.</summary>
public sealed class ProgrammePublishedConsumer(AccompanimentDbContext db, TimeProvider time)
    : IdempotentConsumer<ProgrammePublished, AccompanimentDbContext>(db, time)
{
    protected override async Task HandleAsync(ProgrammePublished message, ConsumeContext<ProgrammePublished> context, CancellationToken cancellationToken)
    {
        var row = await Db.Programmes.SingleOrDefaultAsync(p => p.Id == message.ProgrammeId, cancellationToken);
        if (row is null)
        {
            row = new ProgrammeRow { Id = message.ProgrammeId };
            Db.Programmes.Add(row);
        }
        row.Code = message.Code;
        row.Title = message.Title;
        row.Phases = [.. message.Phases
            .Where(p => PhaseNames.TryParse(p.Phase, out _))
            .Select(p => new ProgrammePhaseRow { Phase = PhaseNames.FromEvent(p.Phase), StartsOn = p.StartsOn, EndsOn = p.EndsOn })];
    }
}
