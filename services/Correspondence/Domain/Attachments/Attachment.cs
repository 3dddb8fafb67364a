using Defis.Correspondence.Domain.Access;

namespace Defis.Correspondence.Domain.Attachments;

/// <summary>
/// A file of a dossier, stored whole with its SHA-256 before this record exists, then scanned: pending → clean, or
/// infected (quarantined). Until it is clean only its uploader may download it; once infected, no one may.
/// </summary>
public sealed class Attachment
{
    public Guid Id { get; private init; }

    public Guid DossierId { get; private init; }

    public string FileName { get; private init; } = "";

    public FileKind Kind { get; private init; }

    public long Size { get; private init; }

    /// <summary>Lower-case hex SHA-256 of the content, computed while it streamed in.</summary>
    public string Sha256 { get; private init; } = "";

    public string UploadedBy { get; private init; } = "";

    public DateTimeOffset UploadedAt { get; private init; }

    public ScanState State { get; private set; }

    public DateTimeOffset? ScannedAt { get; private set; }

    /// <summary>The signature the scanner reported, when infected.</summary>
    public string? Threat { get; private set; }

    private Attachment()
    {
    }

    public static Attachment Stored(Guid id, Guid dossierId, string fileName, FileKind kind, long size, string sha256, string uploadedBy, DateTimeOffset now) =>
        new()
        {
            Id = id, DossierId = dossierId, FileName = fileName, Kind = kind, Size = size, Sha256 = sha256,
            UploadedBy = uploadedBy, UploadedAt = now, State = ScanState.Pending,
        };

    /// <summary>Applies the scanner's verdict once; an error leaves the file pending (returns false).</summary>
    public bool Record(ScanVerdict verdict, DateTimeOffset now)
    {
        if (State != ScanState.Pending || (!verdict.IsClean && !verdict.IsInfected))
        {
            return false;
        }
        State = verdict.IsClean ? ScanState.Clean : ScanState.Infected;
        Threat = verdict.Threat;
        ScannedAt = now;
        return true;
    }

    /// <summary>Clean files for whoever sees the dossier; a pending one for its uploader only; an infected one never.</summary>
    public bool CanDownload(Caller caller) => State switch
    {
        ScanState.Clean => true,
        ScanState.Pending => caller.UserId == UploadedBy,
        _ => false,
    };

    /// <summary>What the state means, in French, for the people who see the file.</summary>
    public string StatusInFrench => State switch
    {
        ScanState.Pending => "Analyse antivirus en cours : le fichier n'est téléchargeable que par la personne qui l'a déposé.",
        ScanState.Clean => "Analysé, aucune menace détectée.",
        _ => $"Fichier mis en quarantaine : l'analyse antivirus y a détecté « {Threat} ». Il ne peut pas être téléchargé ; " +
             "déposez une version saine du document.",
    };
}
