using Defis.SharedKernel.Errors;

namespace Defis.Correspondence.Domain.Attachments;

/// <summary>
/// A file's name as people will see and download it: a plain name, never a path (no '/' or '\', not "." or ".."),
/// without control characters, 1 to <see cref="MaxLength"/> characters.
/// </summary>
public static class FileNameRule
{
    public const int MaxLength = 200;

    public static FieldViolations Check(FieldViolations errors, string field, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return errors.Add(field, "Ce champ est obligatoire.");
        }
        if (name.Length > MaxLength)
        {
            return errors.Add(field, $"Le nom du fichier dépasse {MaxLength} caractères ({name.Length}).");
        }
        if (name.Contains('/') || name.Contains('\\') || name.Trim() is "." or "..")
        {
            return errors.Add(field, "Le nom du fichier ne doit pas contenir de chemin (« / », « \\ », « . » ou « .. »).");
        }
        if (name.Any(char.IsControl))
        {
            return errors.Add(field, "Le nom du fichier contient des caractères de contrôle non autorisés.");
        }
        return errors;
    }

    /// <summary>The name's ending in lower case (".pdf"), or "" without one.</summary>
    public static string Extension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? "" : name[dot..].ToLowerInvariant();
    }
}
