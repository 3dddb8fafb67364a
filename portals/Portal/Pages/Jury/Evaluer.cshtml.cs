using Defis.Contracts.Correspondence.V1;
using Defis.Contracts.Jury.V1;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Jury;

/// <summary>
/// A juror scores an assigned dossier on the panel's grid: saved as a draft as often as they like, then submitted once.
/// The dossier is read through the platform, which shows it only while the jury has it assigned to them (404 else);
/// every refusal comes back as the platform's field violations, each next to its criterion. The dossier's pieces are
/// listed to read beside it; Correspondence down leaves them out, said in French, not the page.
/// </summary>
public sealed class EvaluerModel(PlatformAccess platform) : PageModel
{
    private const string FormId = "formulaire-evaluation";

    public Dossier Dossier { get; private set; } = new();

    public Grid Grid { get; private set; } = new();

    public Review? Existing { get; private set; }

    [BindProperty]
    public ReviewForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public bool Saved { get; private set; }

    public IReadOnlyList<Attachment> Pieces { get; private set; } = [];

    public bool PiecesUnavailable { get; private set; }

    public bool Submitted => Existing?.Status == ReviewStatus.Submitted;

    public async Task OnGetAsync(string panelId, string dossierId, bool enregistre, CancellationToken cancellationToken)
    {
        await LoadAsync(panelId, dossierId, cancellationToken);
        Form = ReviewForm.From(Grid, Existing);
        Saved = enregistre;
    }

    public Task<IActionResult> OnPostEnregistrerAsync(string panelId, string dossierId, CancellationToken cancellationToken) =>
        SendAsync(panelId, dossierId, submit: false, $"/jury/{panelId}/{dossierId}?enregistre=true", cancellationToken);

    public Task<IActionResult> OnPostSoumettreAsync(string panelId, string dossierId, CancellationToken cancellationToken) =>
        SendAsync(panelId, dossierId, submit: true, "/jury?soumise=true", cancellationToken);

    private async Task<IActionResult> SendAsync(string panelId, string dossierId, bool submit, string then, CancellationToken cancellationToken)
    {
        await LoadAsync(panelId, dossierId, cancellationToken);
        var local = new FormErrors();
        if (Form.ToRequest(panelId, dossierId, Grid, local) is not { } request)
        {
            Errors = FormErrors.Map([], ReviewForm.Fields(Grid), FormId, FormErrors.FormLabel, local);
            return this.Refused();
        }
        try
        {
            var jury = platform.Client.Jury;
            await (submit ? jury.SubmitReviewAsync(panelId, dossierId, request, cancellationToken) : jury.SaveReviewDraftAsync(panelId, dossierId, request, cancellationToken));
            return Redirect(then);
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Errors = FormErrors.FromRefusal(refused.Content, ReviewForm.Fields(Grid), FormId);
            return this.Refused();
        }
    }

    /// <summary>The dossier, the juror's own review if started, and the grid it is scored on (the latest for a new review).</summary>
    private async Task LoadAsync(string panelId, string dossierId, CancellationToken cancellationToken)
    {
        Dossier = await platform.Client.Dossiers.GetAsync(dossierId, cancellationToken);
        var reviews = await platform.Client.Jury.ListDossierReviewsAsync(panelId, dossierId, cancellationToken);
        Existing = reviews.Reviews.FirstOrDefault(r => r.JurorUserId == User.Identity?.Name);
        Grid = await platform.Client.Jury.GetGridAsync(panelId, Existing?.GridVersion, cancellationToken);
        var pieces = await PiecesAsync(dossierId, cancellationToken);
        Pieces = pieces is null ? [] : [.. pieces.Attachments];
        PiecesUnavailable = pieces is null;
    }

    /// <summary>Correspondence learns of an assignment from the Jury's event, a moment after it: until then, as when it is down, the pieces wait.</summary>
    private async Task<ListAttachmentsResponse?> PiecesAsync(string dossierId, CancellationToken cancellationToken)
    {
        try
        {
            return await platform.Client.Correspondence.ListAttachmentsAsync(dossierId, cancellationToken).OrNoneWhenDownAsync();
        }
        catch (ApiException unknown) when (unknown.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
