using Defis.Correspondence.Domain.Access;
using Defis.Correspondence.Domain.Attachments;
using Google.Protobuf.WellKnownTypes;
using Contract = Defis.Contracts.Correspondence.V1;
using DomainAnnotation = Defis.Correspondence.Domain.Annotations.Annotation;
using DomainMessage = Defis.Correspondence.Domain.Threads.Message;

namespace Defis.Correspondence.Grpc;

internal static class Mapping
{
    public static Contract.Attachment ToContract(this Attachment attachment) => new()
    {
        Id = attachment.Id.ToString(),
        DossierId = attachment.DossierId.ToString(),
        FileName = attachment.FileName,
        MediaType = attachment.Kind.MediaType(),
        Size = attachment.Size,
        Sha256 = attachment.Sha256,
        UploadedBy = attachment.UploadedBy,
        UploadedAt = Timestamp.FromDateTimeOffset(attachment.UploadedAt),
        ScanState = attachment.State switch
        {
            ScanState.Pending => Contract.ScanState.Pending,
            ScanState.Clean => Contract.ScanState.Clean,
            _ => Contract.ScanState.Infected,
        },
        Status = attachment.StatusInFrench,
    };

    public static Contract.Message ToContract(this DomainMessage message, Caller reader)
    {
        var contract = new Contract.Message
        {
            Id = message.Id.ToString(),
            DossierId = message.DossierId.ToString(),
            AuthorId = message.AuthorId,
            ByStaff = message.ByStaff,
            Body = message.Body,
            PostedAt = Timestamp.FromDateTimeOffset(message.PostedAt),
            ReadByMe = message.AuthorId == reader.UserId || message.IsReadBy(reader.UserId),
            Read = message.Reads.Count > 0,
        };
        contract.AttachmentIds.Add(message.AttachmentIds.Select(id => id.ToString()));
        if (message.EditedAt is { } edited)
        {
            contract.EditedAt = Timestamp.FromDateTimeOffset(edited);
        }
        return contract;
    }

    public static Contract.Annotation ToContract(this DomainAnnotation annotation) => new()
    {
        Id = annotation.Id.ToString(),
        DossierId = annotation.DossierId.ToString(),
        AuthorId = annotation.AuthorId,
        Body = annotation.Body,
        WrittenAt = Timestamp.FromDateTimeOffset(annotation.WrittenAt),
    };
}
