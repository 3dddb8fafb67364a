using Defis.Correspondence.Domain.Access;
using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Domain.Threads;
using Defis.SharedKernel.Errors;

namespace Defis.Correspondence.UnitTests;

/// <summary>File names, caps, clamd's answers, the attachment's states, the message's edit rule and the dossier's access.</summary>
public sealed class RulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("budget 2026.xlsx", null)]
    [InlineData("", "Ce champ est obligatoire.")]
    [InlineData("a/b.pdf", "Le nom du fichier ne doit pas contenir de chemin (« / », « \\ », « . » ou « .. »).")]
    [InlineData("a\\b.pdf", "Le nom du fichier ne doit pas contenir de chemin (« / », « \\ », « . » ou « .. »).")]
    [InlineData("..", "Le nom du fichier ne doit pas contenir de chemin (« / », « \\ », « . » ou « .. »).")]
    [InlineData("bud\nget.pdf", "Le nom du fichier contient des caractères de contrôle non autorisés.")]
    public void A_file_name_is_a_plain_name(string name, string? error)
    {
        var errors = FileNameRule.Check(new FieldViolations(), "header.file_name", name);

        Assert.Equal(error, errors.Items.SingleOrDefault()?.Description);
    }

    [Fact]
    public void A_file_name_of_201_characters_is_refused_and_200_accepted()
    {
        Assert.False(FileNameRule.Check(new FieldViolations(), "f", new string('a', 196) + ".pdf").Any);
        Assert.Equal("Le nom du fichier dépasse 200 caractères (201).",
            FileNameRule.Check(new FieldViolations(), "f", new string('a', 197) + ".pdf").Items.Single().Description);
    }

    [Fact]
    public void The_caps_refuse_the_first_byte_too_many()
    {
        var limits = new UploadLimits(100, 250);

        limits.Check("chunk", 100, 150);
        var file = Assert.Throws<RequestValidationException>(() => limits.Check("chunk", 101, 0));
        var dossier = Assert.Throws<RequestValidationException>(() => limits.Check("chunk", 100, 151));

        Assert.Equal("chunk", file.Violations.Single().Field);
        Assert.StartsWith("Les pièces jointes du dossier dépasseraient", dossier.Violations.Single().Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stream: OK\0", true, null, false)]
    [InlineData("stream: Eicar-Test-Signature.UNOFFICIAL FOUND\0", false, "Eicar-Test-Signature.UNOFFICIAL", false)]
    [InlineData("INSTREAM size limit exceeded. ERROR\0", false, null, true)]
    [InlineData("", false, null, true)]
    public void Clamd_answers_are_read(string reply, bool clean, string? threat, bool error)
    {
        var verdict = ScanVerdict.Parse(reply);

        Assert.Equal((clean, threat, error), (verdict.IsClean, verdict.Threat, verdict.Error is not null));
    }

    [Fact]
    public void A_pending_file_is_for_its_uploader_a_clean_one_for_all_an_infected_one_for_none()
    {
        var uploader = new Caller("lead", null, IsStaff: false);
        var staff = new Caller("staff", null, IsStaff: true);
        var pending = Attachment.Stored(Guid.CreateVersion7(), Guid.CreateVersion7(), "a.pdf", FileKind.Pdf, 10, "00", "lead", Now);
        var infected = Attachment.Stored(Guid.CreateVersion7(), Guid.CreateVersion7(), "b.pdf", FileKind.Pdf, 10, "00", "lead", Now);

        Assert.Equal((true, false), (pending.CanDownload(uploader), pending.CanDownload(staff)));
        Assert.False(pending.Record(ScanVerdict.Parse("stream: lost ERROR"), Now));
        Assert.True(pending.Record(ScanVerdict.Parse("stream: OK"), Now));
        Assert.False(pending.Record(ScanVerdict.Parse("stream: X FOUND"), Now));
        Assert.Equal((ScanState.Clean, true), (pending.State, pending.CanDownload(staff)));
        infected.Record(ScanVerdict.Parse("stream: X FOUND"), Now);
        Assert.Equal((false, false), (infected.CanDownload(uploader), infected.CanDownload(staff)));
        Assert.Contains("« X »", infected.StatusInFrench, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_read_by_anyone_but_its_author_can_no_longer_be_edited()
    {
        var author = new Caller("lead", null, IsStaff: false);
        var message = Message.Post(Guid.CreateVersion7(), Guid.CreateVersion7(), author, "Bonjour", [], Now);

        Assert.False(message.MarkRead(author, Now));
        message.Edit(author, "Bonjour à tous", Now);
        Assert.True(message.MarkRead(new Caller("staff", null, IsStaff: true), Now));
        Assert.False(message.MarkRead(new Caller("staff", null, IsStaff: true), Now));

        Assert.Throws<PreconditionFailedException>(() => message.Edit(author, "Trop tard", Now));
        Assert.Throws<PermissionDeniedException>(() => message.Edit(new Caller("other", null, false), "x", Now));
    }

    [Theory]
    [InlineData("lead", null, false, true)]
    [InlineData("someone", "CoEditor@Example.gouv.fr", false, true)]
    [InlineData("someone", "other@example.gouv.fr", false, false)]
    [InlineData("staff", null, true, true)]
    [InlineData("juror", null, false, false)]
    public void The_team_and_staff_see_the_dossier(string userId, string? email, bool staff, bool sees)
    {
        var team = new DossierTeam(Guid.CreateVersion7(), "lead", ["coeditor@example.gouv.fr"], ["juror"]);

        Assert.Equal(sees, CorrespondenceAccess.CanSee(new Caller(userId, email, staff), team));
        Assert.Equal(sees || userId == "juror", CorrespondenceAccess.CanReadFiles(new Caller(userId, email, staff), team));
        Assert.False(CorrespondenceAccess.CanSee(new Caller("staff", null, true), null));
        Assert.Throws<NotFoundException>(() => CorrespondenceAccess.RequireStaff(new Caller("lead", null, false), team.DossierId, team));
    }
}
