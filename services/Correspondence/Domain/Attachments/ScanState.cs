namespace Defis.Correspondence.Domain.Attachments;

/// <summary>Where an attachment is in its antivirus scan.</summary>
public enum ScanState
{
    /// <summary>Stored, not scanned yet: only its uploader may download it.</summary>
    Pending = 1,

    /// <summary>The scanner found nothing: everyone who sees the dossier may download it.</summary>
    Clean = 2,

    /// <summary>The scanner found a threat: kept in quarantine, downloadable by no one.</summary>
    Infected = 3,
}
