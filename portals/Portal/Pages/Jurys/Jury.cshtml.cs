using System.Net;
using Defis.Contracts.Jury.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Jurys;

/// <summary>
/// One panel as staff set it up: its members and the form seating another, its grid and the form taking a known call's
/// or staff's own criteria, its assignment policy (set once) and the book of who reviews what, with the batch that
/// assigns every dossier still missing reviewers and the forms adding or replacing one reviewer by hand. Someone else's
/// or an unknown panel is the platform's 404; every refusal is shown on the form that was sent.
/// </summary>
public sealed class JuryModel(PlatformAccess platform) : PageModel
{
    public PanelSetUp SetUp { get; private set; } = new(new Panel(), null, null);

    [BindProperty]
    public PanelMemberForm Membre { get; set; } = new();

    [BindProperty]
    public GridForm Grille { get; set; } = new();

    [BindProperty]
    public AssignmentPolicyForm Affectation { get; set; } = new();

    [BindProperty]
    public AssignBatchForm Lancement { get; set; } = new();

    [BindProperty]
    public ReviewerForm Rapporteur { get; set; } = new();

    [BindProperty]
    public ReassignmentForm Remplacement { get; set; } = new();

    /// <summary>The dossiers the panel judges (the ranking's rows, which staff see whole), to choose from once the book is open.</summary>
    public IReadOnlyList<RankingRow> Dossiers { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    /// <summary>
    /// What just happened, for the confirmation: « cree », « membre », « grille », « affectation », « lancee »,
    /// « rapporteur » or « remplacement ».
    /// </summary>
    public string? Done { get; private set; }

    /// <summary>What the batch just did: assignments created, dossiers left short.</summary>
    public (int Created, int Short) Batch { get; private set; }

    public async Task<IActionResult> OnGetAsync(string panelId, string? fait, int creees, int incomplets, CancellationToken cancellationToken)
    {
        (Done, Batch) = (fait, (creees, incomplets));
        try
        {
            await LoadAsync(panelId, cancellationToken);
            return Page();
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest)
        {
            // An address no panel can have (not an identifier): as unknown as a panel that does not exist.
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostMembreAsync(string panelId, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Jury.AddMemberAsync(panelId, Membre.ToMember(), cancellationToken);
            return Confirmed("membre", panelId);
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(panelId, PanelMemberForm.Refusal(refused.Content, refused.StatusCode == HttpStatusCode.Conflict), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostGrilleAsync(string panelId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        try
        {
            await platform.Client.Jury.DefineGridAsync(panelId, Grille.ToRequest(panelId, local), cancellationToken);
            return Confirmed("grille", panelId);
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(panelId, Grille.Refusal(refused.Content, local), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAffectationAsync(string panelId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        try
        {
            await platform.Client.Jury.ConfigureAssignmentsAsync(panelId, Affectation.ToRequest(panelId, local), cancellationToken);
            return Confirmed("affectation", panelId);
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(panelId, AssignmentPolicyForm.Refusal(refused.Content, local), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostLancementAsync(string panelId, CancellationToken cancellationToken)
    {
        try
        {
            var batch = await platform.Client.Jury.AssignBatchAsync(panelId, Lancement.ToRequest(panelId), cancellationToken);
            return Confirmed($"lancee&creees={batch.Created.Count}&incomplets={batch.Shortfalls.Count}", panelId);
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(panelId, AssignBatchForm.Refusal(refused.Content), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRapporteurAsync(string panelId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        if (Rapporteur.ToRequest(panelId, local) is not { } request)
        {
            return await RefusedAsync(panelId, ReviewerForm.Unsent(local), cancellationToken);
        }
        try
        {
            await platform.Client.Jury.AssignReviewerAsync(panelId, request, cancellationToken);
            return Confirmed("rapporteur", panelId);
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(panelId, ReviewerForm.Refusal(refused.Content, local), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRemplacementAsync(string panelId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        var book = await platform.Client.Jury.GetAssignmentBookAsync(panelId, cancellationToken);
        if (Remplacement.ToRequest(panelId, book.Assignments, local) is not { } request)
        {
            return await RefusedAsync(panelId, ReassignmentForm.Unsent(local), cancellationToken);
        }
        try
        {
            await platform.Client.Jury.ReassignReviewerAsync(panelId, request, cancellationToken);
            return Confirmed("remplacement", panelId);
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(panelId, ReassignmentForm.Refusal(refused.Content, local), cancellationToken);
        }
    }

    private RedirectResult Confirmed(string done, string panelId) => Redirect($"/instruction/jurys/{Uri.EscapeDataString(panelId)}?fait={done}");

    private async Task<IActionResult> RefusedAsync(string panelId, FormErrors errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        await LoadAsync(panelId, cancellationToken);
        return this.Refused();
    }

    private async Task LoadAsync(string panelId, CancellationToken cancellationToken)
    {
        SetUp = await PanelSetUp.ReadAsync(platform, await platform.Client.Jury.GetPanelAsync(panelId, cancellationToken), cancellationToken);
        if (SetUp.Book is not null)
        {
            Dossiers = [.. (await platform.Client.Jury.GetRankingAsync(panelId, cancellationToken)).Rows.OrderBy(r => r.DossierReference, StringComparer.Ordinal)];
        }
    }
}
