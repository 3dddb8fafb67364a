namespace Defis.Contracts.Events;

/// <summary>
/// The antivirus found a threat in a file uploaded to a dossier: the file is quarantined and will never be downloadable.
/// <paramref name="UploadedBy"/> is the person to tell; <paramref name="ReasonInFrench"/> is what to tell them.
/// </summary>
public sealed record AttachmentQuarantined(
    Guid AttachmentId,
    Guid DossierId,
    string FileName,
    string UploadedBy,
    string Threat,
    string ReasonInFrench) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
