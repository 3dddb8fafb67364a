using Defis.Contracts.Correspondence.V1;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Defis.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Dossiers;

/// <summary>
/// « Échanges et pièces »: the thread between a dossier's team and programme staff, and the dossier's files. Either side
/// writes, with a file if it likes, and adds files; messages shown are marked read (the other side then sees « Lu », and
/// the author can no longer change them). Staff also keep private notes here, which the team never sees. Whoever does
/// not see the dossier gets the platform's 404.
/// </summary>
public sealed class EchangesModel(PlatformAccess platform) : PageModel
{
    public Dossier Dossier { get; private set; } = new();

    public IReadOnlyList<Message> Messages { get; private set; } = [];

    /// <summary>The messages that were unread when the page was drawn: they carry « Nouveau » this once.</summary>
    public IReadOnlySet<string> New { get; private set; } = new HashSet<string>();

    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public IReadOnlyList<Annotation> Annotations { get; private set; } = [];

    [BindProperty]
    public MessageForm Message { get; set; } = new();

    [BindProperty]
    public AnnotationForm Note { get; set; } = new();

    [BindProperty]
    public MessageEditForm Modification { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>What was just done, for the confirmation: « message », « modifie », « piece » or « note ».</summary>
    public string? Done { get; private set; }

    public bool IsStaff => User.IsInRole(Roles.ProgrammeStaff);

    public string? Me => User.Identity?.Name;

    public string DossierPage => IsStaff ? $"/instruction/dossiers/{Dossier.Id}" : $"/dossiers/{Dossier.Id}";

    public Attachment? Piece(string attachmentId) => Attachments.FirstOrDefault(a => a.Id == attachmentId);

    public async Task OnGetAsync(string id, string? fait, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Done = fait;
        await MarkReadAsync(cancellationToken);
    }

    /// <summary>The file first, when one was chosen: refused, nothing is posted and the text stays in the form.</summary>
    public async Task<IActionResult> OnPostMessageAsync(string id, IFormFile? fichier, CancellationToken cancellationToken)
    {
        Attachment? uploaded = null;
        try
        {
            uploaded = AttachmentFields.IsChosen(fichier) ? await UploadAsync(id, fichier!, cancellationToken) : null;
            await platform.Client.Correspondence.PostMessageAsync(id, Message.ToRequest(id, uploaded), cancellationToken);
            return Redirect($"/dossiers/{id}/echanges?fait=message#messages");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Message = Message.Keeping(uploaded);
            return await RefusedAsync(id, FormErrors.FromRefusal(refused.Content, MessageForm.Fields, MessageForm.FormId), cancellationToken);
        }
    }

    /// <summary>One's own message while unread: read meanwhile, the platform refuses, and the form says so.</summary>
    public async Task<IActionResult> OnPostModifierAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Correspondence.EditMessageAsync(Modification.MessageId ?? "", Modification.ToRequest(), cancellationToken);
            return Redirect($"/dossiers/{id}/echanges?fait=modifie#messages");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(id, Modification.Refusal(refused.Content), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostPieceAsync(string id, IFormFile? piece, CancellationToken cancellationToken)
    {
        var fields = AttachmentFields.At(PieceInput);
        if (!AttachmentFields.IsChosen(piece))
        {
            var errors = new FormErrors();
            errors.Add(PieceInput, AttachmentFields.Label, "Choisissez le fichier à déposer.");
            return await RefusedAsync(id, errors, cancellationToken);
        }
        try
        {
            await UploadAsync(id, piece!, cancellationToken);
            return Redirect($"/dossiers/{id}/echanges?fait=piece#pieces");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(id, FormErrors.FromRefusal(refused.Content, fields, PieceFormId), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostNoteAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Correspondence.AddAnnotationAsync(id, Note.ToRequest(id), cancellationToken);
            return Redirect($"/dossiers/{id}/echanges?fait=note#notes");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(id, FormErrors.FromRefusal(refused.Content, AnnotationForm.Fields, AnnotationForm.FormId), cancellationToken);
        }
    }

    /// <summary>A piece passed on to whoever may read it (the team, staff, the jurors reviewing the dossier): the platform decides.</summary>
    public async Task<IActionResult> OnGetTelechargerAsync(string piece, CancellationToken cancellationToken) =>
        await GatewayFile.FromAsync(platform.Client.Correspondence.DownloadAsync(piece, cancellationToken: cancellationToken), "piece-jointe");

    public const string PieceFormId = "formulaire-piece";

    public const string PieceInput = "Piece_Fichier";

    private async Task<Attachment> UploadAsync(string id, IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var part = new StreamPart(content, Path.GetFileName(file.FileName), file.ContentType is { Length: > 0 } type ? type : "application/octet-stream");
        return await platform.Client.Correspondence.UploadAsync(id, part, cancellationToken);
    }

    /// <summary>
    /// Correspondence learns of a new dossier from its creation's event, a moment after it: until then the dossier shows,
    /// and the page says to come back rather than that the dossier does not exist.
    /// </summary>
    public bool NotOpenYet { get; private set; }

    private async Task LoadAsync(string id, CancellationToken cancellationToken)
    {
        Dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        try
        {
            await LoadCorrespondenceAsync(id, cancellationToken);
        }
        catch (ApiException unknown) when (unknown.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            NotOpenYet = true;
        }
    }

    private async Task LoadCorrespondenceAsync(string id, CancellationToken cancellationToken)
    {
        Messages = [.. (await platform.Client.Correspondence.ListMessagesAsync(id, cancellationToken)).Messages];
        Attachments = [.. (await platform.Client.Correspondence.ListAttachmentsAsync(id, cancellationToken)).Attachments];
        if (IsStaff)
        {
            Annotations = [.. (await platform.Client.Correspondence.ListAnnotationsAsync(id, cancellationToken)).Annotations];
        }
    }

    /// <summary>What the page shows is read; a read mark that fails is retried the next time the page is shown.</summary>
    private async Task MarkReadAsync(CancellationToken cancellationToken)
    {
        New = Messages.Where(m => !m.ReadByMe).Select(m => m.Id).ToHashSet();
        foreach (var id in New)
        {
            await platform.Client.Correspondence.MarkMessageReadAsync(id, new MarkMessageReadRequest { MessageId = id }, cancellationToken).OrNoneWhenDownAsync();
        }
    }

    private async Task<PageResult> RefusedAsync(string id, FormErrors errors, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Errors = errors;
        return this.Refused();
    }
}
