using Defis.Contracts.Correspondence.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// A message on a dossier's thread, joining files already among the dossier's pieces and one new file, sent first: the
/// platform decides the file's type, size and name, and the message's length. A new file refused leaves the message
/// unsent, with the text as typed; a message refused after its new file was stored keeps that file ticked among the pieces.
/// </summary>
public sealed class MessageForm
{
    public const string FormId = "formulaire-message";

    public string? Body { get; set; }

    /// <summary>The dossier's pieces ticked to join the message.</summary>
    public List<string> Pieces { get; set; } = [];

    public const string PiecesInput = "Message_Pieces";

    public static readonly FormField BodyField = new("Message_Body", "body", "Votre message");

    public static readonly IReadOnlyList<FormField> Fields =
    [
        BodyField,
        new(PiecesInput, "attachmentIds", "Pièces à joindre"),
        .. AttachmentFields.At("Message_Fichier"),
    ];

    /// <summary>The text trimmed (an empty one is the platform's to refuse), with the pieces ticked, then the file just uploaded.</summary>
    public PostMessageRequest ToRequest(string dossierId, Attachment? uploaded)
    {
        var request = new PostMessageRequest { DossierId = dossierId, Body = Body?.Trim() ?? "" };
        request.AttachmentIds.Add(Pieces.Where(p => p.Length > 0).Distinct());
        if (uploaded is not null && !request.AttachmentIds.Contains(uploaded.Id))
        {
            request.AttachmentIds.Add(uploaded.Id);
        }
        return request;
    }

    /// <summary>The form as shown again after a refusal: the file stored on the way is now one of the pieces, ticked.</summary>
    public MessageForm Keeping(Attachment? uploaded) =>
        uploaded is null || Pieces.Contains(uploaded.Id) ? this : new() { Body = Body, Pieces = [.. Pieces, uploaded.Id] };
}
