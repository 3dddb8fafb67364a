using Defis.Contracts.Correspondence.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>
/// A dossier's files, thread and staff notes (Correspondence, /api/v1/correspondence). Files go up as
/// multipart/form-data (a part "file", at most 20 MB, typed by its content) and come down as raw bytes; a cut download
/// resumes with a Range ("bytes=12345-"). A new file is pending until the antivirus has scanned it.
/// </summary>
public interface ICorrespondenceApi
{
    /// <summary>Uploads a file to a dossier: <c>new StreamPart(stream, "budget.pdf")</c>, streamed, never buffered whole.</summary>
    [Multipart]
    [Post("/api/v1/correspondence/dossiers/{dossierId}/attachments")]
    Task<Attachment> UploadAsync(string dossierId, [AliasAs("file")] StreamPart file, CancellationToken cancellationToken = default);

    /// <summary>A file's content, whole (200) or the <paramref name="range"/> asked (206); the caller disposes the response.</summary>
    [Get("/api/v1/correspondence/attachments/{attachmentId}/content")]
    Task<HttpResponseMessage> DownloadAsync(string attachmentId, [Header("Range")] string? range = null, CancellationToken cancellationToken = default);

    [Get("/api/v1/correspondence/attachments/{attachmentId}")]
    Task<Attachment> GetAttachmentAsync(string attachmentId, CancellationToken cancellationToken = default);

    [Get("/api/v1/correspondence/dossiers/{dossierId}/attachments")]
    Task<ListAttachmentsResponse> ListAttachmentsAsync(string dossierId, CancellationToken cancellationToken = default);

    /// <summary>Posts on the dossier's thread, with files of the dossier uploaded beforehand.</summary>
    [Post("/api/v1/correspondence/dossiers/{dossierId}/messages")]
    Task<Message> PostMessageAsync(string dossierId, [Body] PostMessageRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Programme staff only: the same message on the thread of every dossier of the call, each team told once. A retry
    /// with the same <see cref="PostToCallRequest.RequestId"/> posts nothing more and answers the same messages.
    /// </summary>
    [Post("/api/v1/correspondence/programmes/{programmeCode}/messages")]
    Task<PostToCallResponse> PostToCallAsync(string programmeCode, [Body] PostToCallRequest request, CancellationToken cancellationToken = default);

    [Get("/api/v1/correspondence/dossiers/{dossierId}/messages")]
    Task<ListMessagesResponse> ListMessagesAsync(string dossierId, CancellationToken cancellationToken = default);

    [Post("/api/v1/correspondence/messages/{messageId}/read")]
    Task<Message> MarkMessageReadAsync(string messageId, [Body] MarkMessageReadRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the caller's own message while nobody has read it.</summary>
    [Patch("/api/v1/correspondence/messages/{messageId}")]
    Task<Message> EditMessageAsync(string messageId, [Body] EditMessageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Programme staff only.</summary>
    [Post("/api/v1/correspondence/dossiers/{dossierId}/annotations")]
    Task<Annotation> AddAnnotationAsync(string dossierId, [Body] AddAnnotationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Programme staff only.</summary>
    [Get("/api/v1/correspondence/dossiers/{dossierId}/annotations")]
    Task<ListAnnotationsResponse> ListAnnotationsAsync(string dossierId, CancellationToken cancellationToken = default);
}
