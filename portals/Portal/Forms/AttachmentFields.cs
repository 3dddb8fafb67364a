namespace Defis.Portal.Forms;

/// <summary>
/// Where the gateway's word on an upload lands: its multipart part « file » (type, size, emptiness) and the name it
/// carried (« filename »), both said at the form's one file input.
/// </summary>
public static class AttachmentFields
{
    public const string Label = "Pièce jointe";

    /// <summary>The contract's limits (correspondence.proto), told before the upload; the platform's refusal stays the rule.</summary>
    public const string Hint = "Taille maximale : 20 Mo par fichier, 100 Mo pour le dossier. Formats acceptés : PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX, CSV, TXT.";

    public static IReadOnlyList<FormField> At(string input) => [new(input, "file", Label), new(input, "filename", Label)];

    /// <summary>A file input left empty still posts a part with no name and no content: that is no file.</summary>
    public static bool IsChosen(IFormFile? file) => file is not null && (file.Length > 0 || file.FileName.Length > 0);
}
