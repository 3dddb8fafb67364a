using Defis.Contracts.Events;
using Defis.Correspondence.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Correspondence.Events;

/// <summary>A draft's author is its lead: the team may upload its documents while filing.</summary>
public sealed class DossierDraftCreatedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierDraftCreated, CorrespondenceDbContext>(db, time)
{
    protected override Task HandleAsync(DossierDraftCreated message, ConsumeContext<DossierDraftCreated> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(message.DossierId, message.CreatedBy, null, null, cancellationToken);
}

/// <summary>The filed dossier's reference, lead and co-editors.</summary>
public sealed class DossierSubmittedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierSubmitted, CorrespondenceDbContext>(db, time)
{
    protected override Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(message.DossierId, message.SubmittedBy, message.Reference, message.CoEditorEmails, cancellationToken);
}

/// <summary>Co-editors may have been invited during a correction.</summary>
public sealed class DossierResubmittedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierResubmitted, CorrespondenceDbContext>(db, time)
{
    protected override Task HandleAsync(DossierResubmitted message, ConsumeContext<DossierResubmitted> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(message.DossierId, message.SubmittedBy, message.Reference, message.CoEditorEmails, cancellationToken);
}

/// <summary>The team as it stands when staff ask for corrections (the thread is where they will talk about them).</summary>
public sealed class DossierReturnedForCorrectionConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierReturnedForCorrection, CorrespondenceDbContext>(db, time)
{
    protected override Task HandleAsync(DossierReturnedForCorrection message, ConsumeContext<DossierReturnedForCorrection> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(message.DossierId, message.LeadUserId, message.Reference, message.CoEditorEmails, cancellationToken);
}
