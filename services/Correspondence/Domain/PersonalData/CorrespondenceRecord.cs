using Defis.Correspondence.Domain.Annotations;
using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Domain.Threads;

namespace Defis.Correspondence.Domain.PersonalData;

/// <summary>
/// What Correspondence holds about one person (decision 0030): the threads of the dossiers whose team they are in and
/// every message they wrote, the list of those dossiers' files and of the files they sent (name, size, hash, never the
/// content), the notes they wrote as staff. Authors other than the person are named by what they are, not who.
/// </summary>
public sealed record CorrespondenceRecord(IReadOnlyList<TeamDossier> Dossiers, IReadOnlyList<ThreadMessage> Messages, IReadOnlyList<ListedFile> Files,
    IReadOnlyList<WrittenNote> Notes)
{
    public static CorrespondenceRecord Of(string userId, IReadOnlyList<TeamDossier> dossiers, IEnumerable<Message> messages,
        IEnumerable<Attachment> attachments, IEnumerable<Annotation> notes)
    {
        var team = dossiers.Select(d => d.DossierId).ToHashSet();
        return new CorrespondenceRecord(
            dossiers,
            [.. messages.Where(m => m.AuthorId == userId || team.Contains(m.DossierId)).Select(m => ThreadMessage.Of(m, userId))],
            [.. attachments.Where(a => a.UploadedBy == userId || team.Contains(a.DossierId)).Select(a => ListedFile.Of(a, userId))],
            [.. notes.Where(n => n.AuthorId == userId).Select(n => new WrittenNote(n.Id, n.DossierId, n.Body, n.WrittenAt))]);
    }
}

/// <summary>A dossier whose thread and files the person shares as its lead or invited team member.</summary>
public sealed record TeamDossier(Guid DossierId, string? Reference, string? ProgrammeCode, bool YouLead);

/// <summary>Who wrote a message, as the person may know it.</summary>
public enum MessageAuthor
{
    You = 1,
    Team = 2,
    ProgrammeStaff = 3,
}

public sealed record ThreadMessage(Guid Id, Guid DossierId, MessageAuthor Author, string Body, IReadOnlyList<Guid> AttachmentIds, DateTimeOffset PostedAt,
    DateTimeOffset? EditedAt, DateTimeOffset? YouReadAt)
{
    public static ThreadMessage Of(Message message, string userId) => new(message.Id, message.DossierId,
        message.AuthorId == userId ? MessageAuthor.You : message.ByStaff ? MessageAuthor.ProgrammeStaff : MessageAuthor.Team,
        message.Body, message.AttachmentIds, message.PostedAt, message.EditedAt,
        message.Reads.FirstOrDefault(r => r.ReaderId == userId)?.ReadAt);
}

/// <summary>A file by its name, size and SHA-256: the content itself is downloaded from the dossier, not exported.</summary>
public sealed record ListedFile(Guid Id, Guid DossierId, string FileName, FileKind Kind, long Size, string Sha256, bool SentByYou, DateTimeOffset UploadedAt,
    ScanState State)
{
    public static ListedFile Of(Attachment attachment, string userId) => new(attachment.Id, attachment.DossierId, attachment.FileName, attachment.Kind,
        attachment.Size, attachment.Sha256, attachment.UploadedBy == userId, attachment.UploadedAt, attachment.State);
}

/// <summary>A staff note the person wrote on a dossier.</summary>
public sealed record WrittenNote(Guid Id, Guid DossierId, string Body, DateTimeOffset WrittenAt);
