using Defis.Correspondence.Domain.Access;
using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Domain.Threads;
using Defis.Correspondence.Outgoing;
using Defis.Correspondence.Persistence;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Contract = Defis.Contracts.Correspondence.V1;

namespace Defis.Correspondence.Grpc;

/// <summary>
/// The thread of a dossier between its team and programme staff. A new message announces <c>MessagePosted</c> in its
/// transaction, for Notification to tell the other side.
/// </summary>
[Authorize]
public sealed partial class ThreadsService(CorrespondenceDbContext db, TimeProvider time) : Contract.Threads.ThreadsBase
{
    [Authorize]
    public override async Task<Contract.Message> PostMessage(Contract.PostMessageRequest request, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var caller = context.DomainCaller();
        var errors = new FieldViolations();
        var dossierId = errors.Id("dossier_id", request.DossierId);
        errors.RequiredText("body", request.Body, Message.MaxBodyLength);
        var attachmentIds = request.AttachmentIds.Select((id, i) => errors.Id($"attachment_ids[{i}]", id)).ToList();
        if (attachmentIds.Count > Message.MaxAttachments)
        {
            errors.Add("attachment_ids", $"Au plus {Message.MaxAttachments} pièces jointes par message ({attachmentIds.Count}).");
        }
        errors.ThrowIfAny();
        var team = await db.VisibleTeamAsync(caller, dossierId, cancellationToken);
        await CheckAttachmentsAsync(dossierId, attachmentIds, errors, cancellationToken);
        var message = await db.InTransactionAsync(async () =>
        {
            // A purge running now would miss a message saved beside it: the dossier's lock makes one wait for the other.
            await db.RequireNotPurgedAsync(dossierId, cancellationToken);
            var message = Message.Post(Guid.CreateVersion7(), dossierId, caller, request.Body, attachmentIds, time.GetUtcNow());
            db.Messages.Add(message);
            db.AddIntegrationEvent(OutgoingEvents.Posted(message, team, caller.IsStaff ? null : await StaffOnThreadAsync(dossierId, cancellationToken)));
            return message;
        }, cancellationToken);
        return message.ToContract(caller);
    }

    [Authorize]
    public override async Task<Contract.ListMessagesResponse> ListMessages(Contract.ListMessagesRequest request, ServerCallContext context)
    {
        var caller = context.DomainCaller();
        var dossierId = FieldViolations.RequiredId("dossier_id", request.DossierId);
        await db.VisibleTeamAsync(caller, dossierId, context.CancellationToken);
        var messages = await db.Messages.AsNoTracking().Where(m => m.DossierId == dossierId)
            .OrderBy(m => m.PostedAt).ThenBy(m => m.Id).ToListAsync(context.CancellationToken);
        return new Contract.ListMessagesResponse { Messages = { messages.Select(m => m.ToContract(caller)) } };
    }

    [Authorize]
    public override async Task<Contract.Message> MarkMessageRead(Contract.MarkMessageReadRequest request, ServerCallContext context)
    {
        var caller = context.DomainCaller();
        var message = await VisibleMessageAsync(caller, request.MessageId, context.CancellationToken);
        if (message.MarkRead(caller, time.GetUtcNow()))
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        return message.ToContract(caller);
    }

    [Authorize]
    public override async Task<Contract.Message> EditMessage(Contract.EditMessageRequest request, ServerCallContext context)
    {
        var caller = context.DomainCaller();
        var errors = new FieldViolations();
        errors.Id("message_id", request.MessageId);
        errors.RequiredText("body", request.Body, Message.MaxBodyLength);
        errors.ThrowIfAny();
        var message = await VisibleMessageAsync(caller, request.MessageId, context.CancellationToken);
        message.Edit(caller, request.Body, time.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return message.ToContract(caller);
    }

    private async Task<Message> VisibleMessageAsync(Caller caller, string messageIdText, CancellationToken cancellationToken)
    {
        var messageId = FieldViolations.RequiredId("message_id", messageIdText);
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        var team = message is null ? null : await db.TeamAsync(message.DossierId, cancellationToken);
        return message is not null && CorrespondenceAccess.CanSee(caller, team)
            ? message
            : throw new NotFoundException("Message", messageIdText);
    }

    /// <summary>The staff who have written on the dossier's thread (the programme's automatic messages are no one's).</summary>
    private Task<List<string>> StaffOnThreadAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.Messages.AsNoTracking().Where(m => m.DossierId == dossierId && m.ByStaff && m.AuthorId != CorrectionRequest.Author)
            .Select(m => m.AuthorId).Distinct().ToListAsync(cancellationToken);

    /// <summary>Joined files must be of the same dossier and not quarantined.</summary>
    private async Task CheckAttachmentsAsync(Guid dossierId, List<Guid> attachmentIds, FieldViolations errors, CancellationToken cancellationToken)
    {
        var found = await db.Attachments.AsNoTracking().Where(a => attachmentIds.Contains(a.Id) && a.DossierId == dossierId)
            .ToDictionaryAsync(a => a.Id, a => a.State, cancellationToken);
        for (var i = 0; i < attachmentIds.Count; i++)
        {
            if (!found.TryGetValue(attachmentIds[i], out var state))
            {
                errors.Add($"attachment_ids[{i}]", "Pièce jointe introuvable dans ce dossier.");
            }
            else if (state == ScanState.Infected)
            {
                errors.Add($"attachment_ids[{i}]", "Cette pièce jointe est en quarantaine (menace détectée) : elle ne peut pas être jointe.");
            }
        }
        errors.ThrowIfAny();
    }
}
