using Defis.Contracts.Correspondence.V1;

namespace Defis.Portal.Display;

/// <summary>A dossier's thread and files as people read them: who wrote, how big a file is, where its scan is.</summary>
public static partial class French
{
    /// <summary>The file's kind as its name ends, upper case (« PDF »), as the DSFR's download links say it.</summary>
    public static string FileKind(string fileName) =>
        Path.GetExtension(fileName) is { Length: > 1 } extension ? extension[1..].ToUpperInvariant() : "Fichier";

    /// <summary>« Vous », « Équipe du programme » or « Équipe du dossier »: the thread is between two sides, each known by its role.</summary>
    public static string Author(Message message, string? me) =>
        message.AuthorId == me ? "Vous" : message.ByStaff ? "Équipe du programme" : "Équipe du dossier";

    /// <summary>The badge of a file's scan: the words are Correspondence's own (<see cref="Attachment.Status"/>), the colour is ours.</summary>
    public static string ScanBadge(ScanState state) => state switch
    {
        ScanState.Clean => "fr-badge--success",
        ScanState.Infected => "fr-badge--error",
        _ => "fr-badge--info",
    };
}
