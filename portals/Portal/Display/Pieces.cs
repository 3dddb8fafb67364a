using Defis.Contracts.Correspondence.V1;

namespace Defis.Portal.Display;

/// <summary>A dossier's piece as a link: whether the person may download it now, and where the portal passes it on.</summary>
public static class Pieces
{
    /// <summary>A clean file for whoever sees the dossier, a file still being scanned for its uploader only (Correspondence's rule).</summary>
    public static bool MayDownload(Attachment attachment, string? me) =>
        attachment.ScanState == ScanState.Clean || (attachment.ScanState == ScanState.Pending && attachment.UploadedBy == me);

    public static string DownloadPath(Attachment attachment) =>
        $"/dossiers/{Uri.EscapeDataString(attachment.DossierId)}/echanges?handler=Telecharger&piece={Uri.EscapeDataString(attachment.Id)}";
}
