using Defis.Contracts.Events;
using Defis.Correspondence.Domain.Threads;
using Defis.Correspondence.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Correspondence.Events;

/// <summary>A draft's author is its lead: the team may upload its documents while filing.</summary>
public sealed class DossierDraftCreatedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierDraftCreated, CorrespondenceDbContext>(db, time)
{
    protected override Task HandleAsync(DossierDraftCreated message, ConsumeContext<DossierDraftCreated> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(message.DossierId, message.ProgrammeCode, message.CreatedBy, null, null, message.OccurredAt, cancellationToken);
}

/// <summary>The filed dossier's reference, lead and co-editors.</summary>
public sealed class DossierSubmittedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierSubmitted, CorrespondenceDbContext>(db, time)
{
    protected override Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(message.DossierId, message.ProgrammeCode, message.SubmittedBy, message.Reference, message.CoEditorEmails, message.OccurredAt, cancellationToken);
}

/// <summary>Co-editors may have been invited during a correction.</summary>
public sealed class DossierResubmittedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierResubmitted, CorrespondenceDbContext>(db, time)
{
    protected override Task HandleAsync(DossierResubmitted message, ConsumeContext<DossierResubmitted> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(message.DossierId, null, message.SubmittedBy, message.Reference, message.CoEditorEmails, message.OccurredAt, cancellationToken);
}

/// <summary>An erasure removed a co-editor: they no longer read or write the dossier's thread and files.</summary>
public sealed class DossierCoEditorsChangedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierCoEditorsChanged, CorrespondenceDbContext>(db, time)
{
    protected override Task HandleAsync(DossierCoEditorsChanged message, ConsumeContext<DossierCoEditorsChanged> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(message.DossierId, message.ProgrammeCode, null, null, message.CoEditorEmails, message.OccurredAt, cancellationToken);
}

/// <summary>
/// The team as it stands when staff ask for corrections, and the request itself posted on the dossier's thread (the
/// message's id is the event's: once, even past the inbox). No MessagePosted: Notification already tells the team of
/// the correction request itself. Nothing for a purged dossier.
/// </summary>
public sealed class DossierReturnedForCorrectionConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierReturnedForCorrection, CorrespondenceDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierReturnedForCorrection message, ConsumeContext<DossierReturnedForCorrection> context,
        CancellationToken cancellationToken)
    {
        var known = await Db.ApplyAsync(message.DossierId, message.ProgrammeCode, message.LeadUserId, message.Reference, message.CoEditorEmails, message.OccurredAt, cancellationToken);
        if (known && !await Db.Messages.AnyAsync(m => m.Id == message.EventId, cancellationToken))
        {
            Db.Messages.Add(CorrectionRequest.Post(message.EventId, message.DossierId, message.Reasons, message.CorrectionDeadline, message.OccurredAt));
        }
    }
}
