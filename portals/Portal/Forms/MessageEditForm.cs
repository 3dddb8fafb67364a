using Defis.Contracts.Correspondence.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// A new text for one's own message, as long as nobody has read it (the platform's rule: once read, it refuses). One
/// form per such message, each with its own ids, so a refusal shows at the message it is about.
/// </summary>
public sealed class MessageEditForm
{
    public string? MessageId { get; set; }

    public string? Body { get; set; }

    public static string FormId(string messageId) => $"formulaire-modification-{messageId}";

    public static string Input(string messageId) => $"Modification_{messageId}";

    public static IReadOnlyList<FormField> Fields(string messageId) => [new(Input(messageId), "body", "Nouveau texte du message")];

    public EditMessageRequest ToRequest() => new() { MessageId = MessageId ?? "", Body = Body?.Trim() ?? "" };

    /// <summary>The platform's refusal at this message's form: its text at the input, a message read meanwhile on the form.</summary>
    public FormErrors Refusal(string? body) => FormErrors.FromRefusal(body, Fields(MessageId ?? ""), FormId(MessageId ?? ""));

    /// <summary>Whether this form is the one just sent and refused: it opens again with what was typed.</summary>
    public bool IsFor(Message message) => MessageId == message.Id;
}
