using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Outgoing;
using Defis.Correspondence.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Defis.Correspondence.Scanning;

/// <summary>
/// Scans the pending files, oldest first, each in its own transaction that locks its row (SKIP LOCKED: several instances
/// share the work). A verdict is recorded once; a scanner error or absence leaves the file pending for the next pass.
/// An infected file announces <c>AttachmentQuarantined</c> in the same transaction.
/// </summary>
public sealed partial class PendingScans(CorrespondenceDbContext db, ClamdClient scanner, TimeProvider time, IOptions<ScanOptions> options,
    ILogger<PendingScans> logger) : IScheduledPass
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Attachments.AsNoTracking().Where(a => a.State == ScanState.Pending)
            .OrderBy(a => a.UploadedAt).Select(a => a.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var recorded = 0;
        foreach (var id in pending)
        {
            recorded += await ScanAsync(id, cancellationToken) ? 1 : 0;
        }
        return recorded;
    }

    private async Task<bool> ScanAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var attachment = await db.Attachments
            .FromSql($"SELECT * FROM attachments WHERE id = {id} AND state = 'Pending' FOR UPDATE SKIP LOCKED")
            .SingleOrDefaultAsync(cancellationToken);
        var content = await db.Contents.AsNoTracking().SingleOrDefaultAsync(c => c.AttachmentId == id, cancellationToken);
        if (attachment is null || content is null)
        {
            return false;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        ScanVerdict verdict;
        try
        {
            await using var stream = await LargeObjectStream.OpenAsync(transaction.GetDbTransaction(), content.ObjectId, timeout.Token);
            verdict = await scanner.ScanAsync(stream, timeout.Token);
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogScannerUnavailable(logger, id, e.Message);
            return false;
        }
        if (!attachment.Record(verdict, time.GetUtcNow()))
        {
            LogScanError(logger, id, verdict.Error ?? "");
            return false;
        }
        if (attachment.State == ScanState.Infected)
        {
            db.AddIntegrationEvent(OutgoingEvents.Quarantined(attachment));
            LogQuarantined(logger, id, attachment.DossierId, verdict.Threat!);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment {AttachmentId} stays pending: the scanner did not answer ({Reason})")]
    private static partial void LogScannerUnavailable(ILogger logger, Guid attachmentId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment {AttachmentId} stays pending: the scanner answered {Reply}")]
    private static partial void LogScanError(ILogger logger, Guid attachmentId, string reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment {AttachmentId} of dossier {DossierId} quarantined: {Threat}")]
    private static partial void LogQuarantined(ILogger logger, Guid attachmentId, Guid dossierId, string threat);
}
