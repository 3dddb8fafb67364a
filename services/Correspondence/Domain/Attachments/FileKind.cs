namespace Defis.Correspondence.Domain.Attachments;

/// <summary>The file types a dossier accepts, decided from the content (<see cref="ContentSniffer"/>), never from the name.</summary>
public enum FileKind
{
    Pdf = 1,
    Png = 2,
    Jpeg = 3,
    Odt = 4,
    Ods = 5,
    Docx = 6,
    Xlsx = 7,
    Csv = 8,
    PlainText = 9,
}

public static class FileKinds
{
    /// <summary>The media type a download is served with.</summary>
    public static string MediaType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Odt => "application/vnd.oasis.opendocument.text",
        FileKind.Ods => "application/vnd.oasis.opendocument.spreadsheet",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Csv => "text/csv",
        _ => "text/plain",
    };

    /// <summary>The name endings that fit the content: a name claiming another type is a disguise and is refused.</summary>
    public static IReadOnlyList<string> Extensions(this FileKind kind) => kind switch
    {
        FileKind.Pdf => [".pdf"],
        FileKind.Png => [".png"],
        FileKind.Jpeg => [".jpg", ".jpeg"],
        FileKind.Odt => [".odt"],
        FileKind.Ods => [".ods"],
        FileKind.Docx => [".docx"],
        FileKind.Xlsx => [".xlsx"],
        // Plain text that happens to look like a table, and a table that has one column, are both fine as either.
        FileKind.Csv => [".csv", ".txt"],
        _ => [".txt", ".csv"],
    };

    /// <summary>What people read about the accepted types.</summary>
    public const string AcceptedInFrench = "PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX, CSV ou texte";
}
