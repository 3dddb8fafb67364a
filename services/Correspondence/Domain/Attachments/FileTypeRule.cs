using Defis.SharedKernel.Errors;

namespace Defis.Correspondence.Domain.Attachments;

/// <summary>The type decided by content must exist and agree with the name's ending: a renamed file is a disguised one.</summary>
public static class FileTypeRule
{
    /// <summary>An unknown content is the content's fault (<paramref name="contentField"/>); a mismatch, the name's (<paramref name="nameField"/>).</summary>
    public static FileKind Require(string contentField, string nameField, string fileName, FileKind? sniffed)
    {
        var errors = new FieldViolations();
        if (sniffed is not { } kind)
        {
            errors.Add(contentField, $"Type de fichier non accepté : seuls les fichiers {FileKinds.AcceptedInFrench} le sont.");
            errors.ThrowIfAny();
            return default;
        }
        if (!kind.Extensions().Contains(FileNameRule.Extension(fileName)))
        {
            errors.Add(nameField, $"Le contenu du fichier ne correspond pas à son nom : c'est un fichier {kind.ToString().ToUpperInvariant()} " +
                $"(extension attendue : {string.Join(" ou ", kind.Extensions())}).");
        }
        errors.ThrowIfAny();
        return kind;
    }
}
