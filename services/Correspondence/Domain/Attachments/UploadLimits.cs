using Defis.SharedKernel.Errors;

namespace Defis.Correspondence.Domain.Attachments;

/// <summary>
/// The caps an upload must stay under, counted while the bytes arrive so that an oversized file is refused at the
/// first byte too many, never after it has been read whole.
/// </summary>
public sealed record UploadLimits(long MaxFileBytes, long MaxDossierBytes)
{
    public static UploadLimits Default { get; } = new(20L * 1024 * 1024, 100L * 1024 * 1024);

    /// <summary>
    /// Throws, naming <paramref name="field"/>, once <paramref name="received"/> bytes exceed the file cap or, with
    /// <paramref name="alreadyStored"/> bytes of the dossier, the dossier cap.
    /// </summary>
    public void Check(string field, long received, long alreadyStored)
    {
        if (received > MaxFileBytes)
        {
            Refuse(field, $"Le fichier dépasse la taille maximale de {Megabytes(MaxFileBytes)} Mo.");
        }
        if (alreadyStored + received > MaxDossierBytes)
        {
            Refuse(field, $"Les pièces jointes du dossier dépasseraient {Megabytes(MaxDossierBytes)} Mo au total " +
                $"({Megabytes(alreadyStored)} Mo déjà déposés).");
        }
    }

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);

    private static void Refuse(string field, string description) => new FieldViolations().Add(field, description).ThrowIfAny();
}
