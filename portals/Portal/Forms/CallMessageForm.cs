using Defis.Contracts.Correspondence.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// One message to every team of a call. Its sending id is drawn when the form is shown and posted back with it, so a
/// form sent twice (a double click, a retry after a timeout) posts each message once.
/// </summary>
public sealed class CallMessageForm
{
    public const string FormId = "formulaire-message-appel";

    public string? Body { get; set; }

    public string? RequestId { get; set; }

    public static readonly IReadOnlyList<FormField> Fields = [new("Annonce_Body", "body", "Message aux équipes")];

    /// <summary>A form shown for the first time gets its sending id; one shown again after a refusal keeps its own.</summary>
    public CallMessageForm WithSendingId() => RequestId is { Length: > 0 } ? this : new() { Body = Body, RequestId = Guid.NewGuid().ToString() };

    public static FormErrors Refusal(string? body) => FormErrors.FromRefusal(body, Fields, FormId);

    public PostToCallRequest ToRequest(string programmeCode) =>
        new() { ProgrammeCode = programmeCode, Body = Body?.Trim() ?? "", RequestId = RequestId ?? "" };
}
