using Defis.Contracts.Submission.V1;

namespace Defis.Portal.Display;

/// <summary>A background export of dossiers as the staff member who started it follows it: its state, progress and file.</summary>
public static partial class French
{
    public static string ExportState(ExportJobState state) => state switch
    {
        ExportJobState.Queued => "En attente",
        ExportJobState.Running => "En cours",
        ExportJobState.Ready => "Prêt",
        ExportJobState.Failed => "Échoué",
        ExportJobState.Expired => "Expiré",
        _ => "Inconnu",
    };

    public static string ExportStateBadge(ExportJobState state) => state switch
    {
        ExportJobState.Ready => "fr-badge--success",
        ExportJobState.Failed => "fr-badge--error",
        ExportJobState.Expired => "fr-badge--warning",
        _ => "fr-badge--info",
    };

    /// <summary>What the state means for the person, and what to do: wait, download before the expiry, or start again.</summary>
    public static string ExportMeaning(ExportJob job) => job.State switch
    {
        ExportJobState.Queued => "L'export attend son tour. Actualisez la page dans quelques instants pour suivre son avancement.",
        ExportJobState.Running when job.RowsTotal > 0 => $"L'export est en cours : {Count(job.RowsWritten, "dossier écrit", "dossiers écrits")} sur {job.RowsTotal}.",
        ExportJobState.Running => "L'export est en cours d'écriture.",
        ExportJobState.Ready => $"Le fichier est prêt ({Count(job.RowsWritten, "dossier", "dossiers")}). Téléchargez-le avant le {Date(job.ExpiresAt)} : il sera ensuite supprimé.",
        ExportJobState.Failed => "L'export a échoué après plusieurs tentatives. Relancez-le depuis la page de l'appel.",
        ExportJobState.Expired => $"Le fichier a expiré le {Date(job.ExpiresAt)} et a été supprimé. Relancez l'export depuis la page de l'appel.",
        _ => "L'état de l'export est inconnu. Actualisez la page.",
    };

    /// <summary>The format as the download link's detail says it: « CSV », « XLSX ».</summary>
    public static string FileFormat(string format) => format.ToUpperInvariant();

    /// <summary>A file's size as the DSFR's download links write it: « 820 octets », « 61,88 ko », « 5,3 Mo ».</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        <= 1 => $"{bytes} octet",
        < 1000 => $"{bytes} octets",
        < 1000 * 1000 => (bytes / 1000m).ToString("0.##", FrenchCulture) + " ko",
        < 1000 * 1000 * 1000 => (bytes / (1000m * 1000)).ToString("0.##", FrenchCulture) + " Mo",
        _ => (bytes / (1000m * 1000 * 1000)).ToString("0.##", FrenchCulture) + " Go",
    };
}
