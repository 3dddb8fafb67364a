using Defis.Correspondence.Domain.Access;
using Defis.Correspondence.Domain.Annotations;
using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Domain.Threads;
using Defis.SharedKernel.Errors;

namespace Defis.Correspondence.UnitTests;

/// <summary>The fixed tables and the exact French texts people read: media types, name endings, caps, refusals, states.</summary>
public sealed class TablesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(FileKind.Pdf, "application/pdf", ".pdf")]
    [InlineData(FileKind.Png, "image/png", ".png")]
    [InlineData(FileKind.Jpeg, "image/jpeg", ".jpg .jpeg")]
    [InlineData(FileKind.Odt, "application/vnd.oasis.opendocument.text", ".odt")]
    [InlineData(FileKind.Ods, "application/vnd.oasis.opendocument.spreadsheet", ".ods")]
    [InlineData(FileKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")]
    [InlineData(FileKind.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")]
    [InlineData(FileKind.Csv, "text/csv", ".csv .txt")]
    [InlineData(FileKind.PlainText, "text/plain", ".txt .csv")]
    public void Each_kind_has_its_media_type_and_name_endings(FileKind kind, string mediaType, string extensions)
    {
        Assert.Equal(mediaType, kind.MediaType());
        Assert.Equal(extensions, string.Join(' ', kind.Extensions()));
    }

    [Fact]
    public void The_default_caps_are_20_mb_a_file_and_100_mb_a_dossier_and_say_so_in_megabytes()
    {
        Assert.Equal((20L * 1024 * 1024, 100L * 1024 * 1024), (UploadLimits.Default.MaxFileBytes, UploadLimits.Default.MaxDossierBytes));
        var file = Assert.Throws<RequestValidationException>(() => UploadLimits.Default.Check("chunk", 20L * 1024 * 1024 + 1, 0));
        var dossier = Assert.Throws<RequestValidationException>(() => UploadLimits.Default.Check("chunk", 2L * 1024 * 1024, 99L * 1024 * 1024));

        Assert.Equal(new FieldViolation("chunk", "Le fichier dépasse la taille maximale de 20 Mo."), Assert.Single(file.Violations));
        Assert.Equal(new FieldViolation("chunk", "Les pièces jointes du dossier dépasseraient 100 Mo au total (99 Mo déjà déposés)."),
            Assert.Single(dossier.Violations));
    }

    [Fact]
    public void An_unknown_content_names_the_content_and_a_disguise_the_name()
    {
        var unknown = Assert.Throws<RequestValidationException>(() => FileTypeRule.Require("chunk", "name", "a.pdf", null));
        var disguised = Assert.Throws<RequestValidationException>(() => FileTypeRule.Require("chunk", "name", "photo.pdf", FileKind.Jpeg));

        Assert.Equal(new FieldViolation("chunk", "Type de fichier non accepté : seuls les fichiers PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX, CSV ou texte le sont."),
            Assert.Single(unknown.Violations));
        Assert.Equal(new FieldViolation("name", "Le contenu du fichier ne correspond pas à son nom : c'est un fichier JPEG (extension attendue : .jpg ou .jpeg)."),
            Assert.Single(disguised.Violations));
        Assert.Equal(FileKind.Jpeg, FileTypeRule.Require("chunk", "name", "PHOTO.JPEG", FileKind.Jpeg));
    }

    [Theory]
    [InlineData("budget.PDF", ".pdf")]
    [InlineData("archive.tar.gz", ".gz")]
    [InlineData(".pdf", "")]
    [InlineData("sans-extension", "")]
    public void The_extension_is_the_last_ending_in_lower_case_and_a_leading_dot_is_none(string name, string extension)
    {
        Assert.Equal(extension, FileNameRule.Extension(name));
    }

    [Fact]
    public void A_name_with_a_backslash_or_a_lone_dot_is_a_path()
    {
        Assert.True(FileNameRule.Check(new FieldViolations(), "f", "a\\b.pdf").Any);
        Assert.True(FileNameRule.Check(new FieldViolations(), "f", " . ").Any);
        Assert.False(FileNameRule.Check(new FieldViolations(), "f", "a.b.pdf").Any);
    }

    [Theory]
    [InlineData("", "Réponse vide du scanner.")]
    [InlineData("\0", "Réponse vide du scanner.")]
    [InlineData("stream: lstat() failed ERROR", "stream: lstat() failed ERROR")]
    public void A_scanner_error_keeps_its_text_or_says_it_was_empty(string reply, string error)
    {
        var verdict = ScanVerdict.Parse(reply);

        Assert.Equal((false, false, error), (verdict.IsClean, verdict.IsInfected, verdict.Error));
    }

    [Fact]
    public void Each_scan_state_says_what_it_means_in_french()
    {
        var attachment = Attachment.Stored(Guid.CreateVersion7(), Guid.CreateVersion7(), "a.pdf", FileKind.Pdf, 10, "ab12", "lead", Now);
        Assert.Equal(("a.pdf", "ab12", "lead"), (attachment.FileName, attachment.Sha256, attachment.UploadedBy));
        Assert.Equal("Analyse antivirus en cours : le fichier n'est téléchargeable que par la personne qui l'a déposé.", attachment.StatusInFrench);
        attachment.Record(ScanVerdict.Parse("stream: OK"), Now);
        Assert.Equal("Analysé, aucune menace détectée.", attachment.StatusInFrench);

        var infected = Attachment.Stored(Guid.CreateVersion7(), Guid.CreateVersion7(), "b.pdf", FileKind.Pdf, 10, "00", "lead", Now);
        infected.Record(ScanVerdict.Parse("stream: Eicar-Test-Signature FOUND"), Now);
        Assert.Equal("Fichier mis en quarantaine : l'analyse antivirus y a détecté « Eicar-Test-Signature ». Il ne peut pas être téléchargé ; "
            + "déposez une version saine du document.", infected.StatusInFrench);
    }

    [Fact]
    public void Only_its_author_edits_a_message_and_not_once_read()
    {
        var author = new Caller("lead", "lead@example.gouv.fr", false);
        var message = Message.Post(Guid.CreateVersion7(), Guid.CreateVersion7(), author, "Bonjour", [], Now);
        Assert.Equal(("lead", "Bonjour"), (message.AuthorId, message.Body));

        var other = Assert.Throws<PermissionDeniedException>(() => message.Edit(new Caller("staff", null, true), "Non", Now));
        message.MarkRead(new Caller("staff", null, true), Now);
        var read = Assert.Throws<PreconditionFailedException>(() => message.Edit(author, "Trop tard", Now));

        Assert.Equal("Seul l'auteur d'un message peut le modifier.", other.Message);
        var violation = Assert.Single(read.Violations);
        Assert.Equal(("MESSAGE_READ", "message", "Ce message a déjà été lu : il ne peut plus être modifié. Écrivez un nouveau message à la suite."),
            (violation.Type, violation.Subject, violation.Description));
    }

    [Fact]
    public void A_note_keeps_its_author_and_text()
    {
        var note = Annotation.Write(Guid.CreateVersion7(), Guid.CreateVersion7(), "staff", "Budget à vérifier.", Now);

        Assert.Equal(("staff", "Budget à vérifier."), (note.AuthorId, note.Body));
    }

    [Fact]
    public void Visible_dossiers_come_back_and_others_are_not_found_by_their_id()
    {
        var dossierId = Guid.CreateVersion7();
        var team = new DossierTeam(dossierId, "lead", ["coediteur@example.gouv.fr"], ["jure"]);
        var staff = new Caller("staff", null, true);
        var lead = new Caller("lead", null, false);

        Assert.Same(team, CorrespondenceAccess.RequireVisible(lead, dossierId, team));
        Assert.Same(team, CorrespondenceAccess.RequireStaff(staff, dossierId, team));
        Assert.Equal($"Dossier '{dossierId}' introuvable.", Assert.Throws<NotFoundException>(() => CorrespondenceAccess.RequireVisible(staff, dossierId, null)).Message);
        Assert.Equal($"Dossier '{dossierId}' introuvable.", Assert.Throws<NotFoundException>(() => CorrespondenceAccess.RequireVisible(new Caller("jure", null, false), dossierId, team)).Message);
        Assert.Equal($"Dossier '{dossierId}' introuvable.", Assert.Throws<NotFoundException>(() => CorrespondenceAccess.RequireStaff(lead, dossierId, team)).Message);
    }

    [Fact]
    public void A_sending_id_is_pinned_so_that_it_never_changes_between_versions()
    {
        var id = CallMessage.IdFor(Guid.Parse("0192f3a4-0000-7000-8000-000000000001"), Guid.Parse("0192f3a4-0000-7000-8000-000000000002"));

        Assert.Equal(PinnedId, id.ToString());
    }

    private const string PinnedId = "132d0895-2e4b-89c7-a472-b4bba2bb6614"; // checked with Python's hashlib and uuid
}
