using Defis.Correspondence.Domain.Access;
using Defis.SharedKernel.Errors;

namespace Defis.Correspondence.Domain.Threads;

/// <summary>
/// One message of a dossier's thread, written by a team member or by staff, with optional attachments of the same
/// dossier. Each reader other than the author marks it read; once anyone has read it, it cannot be edited, only
/// followed by another message.
/// </summary>
public sealed class Message
{
    public const int MaxBodyLength = 10_000;

    public const int MaxAttachments = 10;

    private readonly List<MessageRead> _reads = [];

    public Guid Id { get; private init; }

    public Guid DossierId { get; private init; }

    public string AuthorId { get; private init; } = "";

    /// <summary>True when staff wrote it (then the team is told), false when the team did (then staff are).</summary>
    public bool ByStaff { get; private init; }

    public string Body { get; private set; } = "";

    public List<Guid> AttachmentIds { get; private init; } = [];

    public DateTimeOffset PostedAt { get; private init; }

    public DateTimeOffset? EditedAt { get; private set; }

    public IReadOnlyList<MessageRead> Reads => _reads;

    private Message()
    {
    }

    public static Message Post(Guid id, Guid dossierId, Caller author, string body, IReadOnlyList<Guid> attachmentIds, DateTimeOffset now) =>
        new()
        {
            Id = id, DossierId = dossierId, AuthorId = author.UserId, ByStaff = author.IsStaff, Body = body,
            AttachmentIds = [.. attachmentIds], PostedAt = now,
        };

    public bool IsReadBy(string userId) => _reads.Any(r => r.ReaderId == userId);

    /// <summary>Marks the message read by <paramref name="reader"/> (its author reads nothing; a second time changes nothing).</summary>
    public bool MarkRead(Caller reader, DateTimeOffset now)
    {
        if (reader.UserId == AuthorId || IsReadBy(reader.UserId))
        {
            return false;
        }
        _reads.Add(new MessageRead(reader.UserId, now));
        return true;
    }

    public void Edit(Caller editor, string body, DateTimeOffset now)
    {
        if (editor.UserId != AuthorId)
        {
            throw new PermissionDeniedException("Seul l'auteur d'un message peut le modifier.");
        }
        if (_reads.Count > 0)
        {
            throw new PreconditionFailedException("MESSAGE_READ", "message",
                "Ce message a déjà été lu : il ne peut plus être modifié. Écrivez un nouveau message à la suite.");
        }
        Body = body;
        EditedAt = now;
    }
}

/// <summary>Who read a message, and when.</summary>
public sealed record MessageRead(string ReaderId, DateTimeOffset ReadAt);
