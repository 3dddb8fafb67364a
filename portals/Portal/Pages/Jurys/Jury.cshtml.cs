using System.Net;
using Defis.Contracts.Jury.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Jurys;

/// <summary>
/// One panel as staff set it up: its members and the form seating another, its grid and the form taking a known call's,
/// its assignment policy (set once) and the book of who reviews what. Someone else's or an unknown panel is the
/// platform's 404; every refusal is shown on the form that was sent.
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

    public FormErrors Errors { get; private set; } = new();

    /// <summary>What just happened, for the confirmation: « cree », « membre », « grille » or « affectation ».</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string panelId, string? fait, CancellationToken cancellationToken)
    {
        Done = fait;
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
        try
        {
            await platform.Client.Jury.DefineGridAsync(panelId, Grille.ToRequest(panelId), cancellationToken);
            return Confirmed("grille", panelId);
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(panelId, GridForm.Refusal(refused.Content), cancellationToken);
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

    private RedirectResult Confirmed(string done, string panelId) => Redirect($"/instruction/jurys/{Uri.EscapeDataString(panelId)}?fait={done}");

    private async Task<IActionResult> RefusedAsync(string panelId, FormErrors errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        await LoadAsync(panelId, cancellationToken);
        return this.Refused();
    }

    private async Task LoadAsync(string panelId, CancellationToken cancellationToken) =>
        SetUp = await PanelSetUp.ReadAsync(platform, await platform.Client.Jury.GetPanelAsync(panelId, cancellationToken), cancellationToken);
}
