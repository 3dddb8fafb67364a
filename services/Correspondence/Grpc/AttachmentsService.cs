using Defis.Correspondence.Domain.Access;
using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Persistence;
using Defis.SharedKernel.Errors;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Contract = Defis.Contracts.Correspondence.V1;

namespace Defis.Correspondence.Grpc;

/// <summary>
/// A dossier's files. An upload runs in one transaction holding the dossier's lock (so the dossier cap counts every
/// file once): the bytes go into a large object as they arrive and the record is written last, so a refused or cut
/// upload leaves nothing. Downloads stream the large object back; each one is logged.
/// </summary>
[Authorize]
public sealed partial class AttachmentsService(CorrespondenceDbContext db, TimeProvider time, ILogger<AttachmentsService> logger)
    : Contract.Attachments.AttachmentsBase
{
    private const int DownloadChunkBytes = 64 * 1024;

    [Authorize]
    public override async Task<Contract.Attachment> UploadAttachment(IAsyncStreamReader<Contract.UploadAttachmentRequest> requestStream, ServerCallContext context)
    {
        try
        {
            return await UploadAsync(requestStream, context);
        }
        catch (IOException e)
        {
            // Only reading the client's stream throws this (the database wraps its own in NpgsqlException): the client reset it
            // mid-upload, its doing or its network's; the transaction rolled back. Logged as such, not as a fault of ours.
            LogCut(logger, context.Method, e.Message);
            throw new OperationCanceledException("Upload cut by the client.", e, context.CancellationToken);
        }
    }

    private async Task<Contract.Attachment> UploadAsync(IAsyncStreamReader<Contract.UploadAttachmentRequest> requestStream, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var caller = context.DomainCaller();
        var (dossierId, fileName) = await ReadHeaderAsync(requestStream, cancellationToken);
        await db.VisibleTeamAsync(caller, dossierId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Purged between the check of its team and this lock: its files are gone and none is added.
        await db.RequireNotPurgedAsync(dossierId, cancellationToken);
        var stored = await db.Attachments.Where(a => a.DossierId == dossierId && a.State != ScanState.Infected).SumAsync(a => a.Size, cancellationToken);
        using var chunks = new UploadChunks(requestStream, UploadLimits.Default, stored);
        var (kind, sha256) = await chunks.CopyAsync(fileName, () => LargeObjectWriter.CreateAsync(transaction.GetDbTransaction(), cancellationToken), cancellationToken);
        var attachment = Attachment.Stored(Guid.CreateVersion7(), dossierId, fileName, kind, chunks.Size, sha256, caller.UserId, time.GetUtcNow());
        db.Attachments.Add(attachment);
        db.Contents.Add(new AttachmentContent { AttachmentId = attachment.Id, ObjectId = chunks.ObjectId });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogUploaded(logger, attachment.Id, dossierId, caller.UserId, kind, attachment.Size);
        return attachment.ToContract();
    }

    [Authorize]
    public override async Task DownloadAttachment(Contract.DownloadAttachmentRequest request, IServerStreamWriter<Contract.DownloadAttachmentResponse> responseStream,
        ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var caller = context.DomainCaller();
        var attachment = await VisibleAttachmentAsync(caller, request.AttachmentId, cancellationToken);
        if (!attachment.CanDownload(caller))
        {
            throw new PreconditionFailedException(attachment.State == ScanState.Infected ? "ATTACHMENT_QUARANTINED" : "ATTACHMENT_NOT_SCANNED",
                "attachment_id", attachment.StatusInFrench);
        }
        var (offset, remaining) = Range(request, attachment.Size);
        var content = await db.Contents.AsNoTracking().SingleAsync(c => c.AttachmentId == attachment.Id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using var stream = await LargeObjectStream.OpenAsync(transaction.GetDbTransaction(), content.ObjectId, cancellationToken, offset);
        LogDownloaded(logger, attachment.Id, attachment.DossierId, caller.UserId);
        await responseStream.WriteAsync(new Contract.DownloadAttachmentResponse { Attachment = attachment.ToContract() }, cancellationToken);
        var buffer = new byte[DownloadChunkBytes];
        int read;
        while (remaining > 0 && (read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken)) > 0)
        {
            remaining -= read;
            await responseStream.WriteAsync(new Contract.DownloadAttachmentResponse { Chunk = ByteString.CopyFrom(buffer, 0, read) }, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    [Authorize]
    public override async Task<Contract.Attachment> GetAttachment(Contract.GetAttachmentRequest request, ServerCallContext context) =>
        (await VisibleAttachmentAsync(context.DomainCaller(), request.AttachmentId, context.CancellationToken)).ToContract();

    [Authorize]
    public override async Task<Contract.ListAttachmentsResponse> ListAttachments(Contract.ListAttachmentsRequest request, ServerCallContext context)
    {
        var dossierId = FieldViolations.RequiredId("dossier_id", request.DossierId);
        await db.RequireFilesVisibleAsync(context.DomainCaller(), dossierId, context.CancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.DossierId == dossierId)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).ToListAsync(context.CancellationToken);
        return new Contract.ListAttachmentsResponse { Attachments = { attachments.Select(a => a.ToContract()) } };
    }

    private async Task<Attachment> VisibleAttachmentAsync(Caller caller, string attachmentIdText, CancellationToken cancellationToken)
    {
        var attachmentId = FieldViolations.RequiredId("attachment_id", attachmentIdText);
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
        var team = attachment is null ? null : await db.TeamAsync(attachment.DossierId, cancellationToken);
        return attachment is not null && CorrespondenceAccess.CanReadFiles(caller, team)
            ? attachment
            : throw new NotFoundException("Pièce jointe", attachmentIdText);
    }

    /// <summary>The requested byte range within the file: an offset inside it (or 0 for an empty file), a length or the rest.</summary>
    private static (long Offset, long Length) Range(Contract.DownloadAttachmentRequest request, long size)
    {
        var errors = new FieldViolations();
        if (request.Offset < 0 || (request.Offset > 0 && request.Offset >= size))
        {
            errors.Add("offset", $"Le décalage doit être compris entre 0 et {Math.Max(0, size - 1)} (taille du fichier : {size} octets).");
        }
        if (request.Length < 0)
        {
            errors.Add("length", "La longueur ne peut pas être négative.");
        }
        errors.ThrowIfAny();
        var rest = size - request.Offset;
        return (request.Offset, request.Length == 0 ? rest : Math.Min(request.Length, rest));
    }

    private static async Task<(Guid DossierId, string FileName)> ReadHeaderAsync(IAsyncStreamReader<Contract.UploadAttachmentRequest> requests,
        CancellationToken cancellationToken)
    {
        var errors = new FieldViolations();
        if (!await requests.MoveNext(cancellationToken) || requests.Current.PartCase != Contract.UploadAttachmentRequest.PartOneofCase.Header)
        {
            errors.Add("header", "Le premier message doit être l'en-tête (dossier et nom du fichier).").ThrowIfAny();
        }
        var header = requests.Current.Header;
        var dossierId = errors.Id("header.dossier_id", header.DossierId);
        FileNameRule.Check(errors, UploadChunks.NameField, header.FileName);
        errors.ThrowIfAny();
        return (dossierId, header.FileName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment {AttachmentId} uploaded to dossier {DossierId} by {UserId}: {Kind}, {Size} bytes")]
    private static partial void LogUploaded(ILogger logger, Guid attachmentId, Guid dossierId, string userId, FileKind kind, long size);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method}: upload cut by the client ({Reason}); nothing stored")]
    private static partial void LogCut(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment {AttachmentId} of dossier {DossierId} downloaded by {UserId}")]
    private static partial void LogDownloaded(ILogger logger, Guid attachmentId, Guid dossierId, string userId);
}
