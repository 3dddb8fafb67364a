using System.Net;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Display;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Defis.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;
using Grant = Defis.Contracts.Funding.V1.Grant;
using GrantStatus = Defis.Contracts.Funding.V1.GrantStatus;
using ListExpensesResponse = Defis.Contracts.Funding.V1.ListExpensesResponse;

namespace Defis.Portal.Pages.Dossiers;

/// <summary>
/// One dossier's status, reference, dates (Paris) and history; completed while a draft or returned for correction, when
/// the lead may also let team members edit it. Only the lead may invite: anyone else hears the platform say so. Once the
/// jury has decided, the lead follows the dossier's grant and its tranches here (« Votre subvention »), and declares the
/// expenses made on a committed grant, each then listed with the platform's verdict. The team downloads its PDFs here
/// (<see cref="DossierDocuments"/>).
/// </summary>
public sealed partial class DetailsModel(PlatformAccess platform) : PageModel
{
    public Dossier Dossier { get; private set; } = new();

    public bool JustFiled { get; private set; }

    public string? JustInvited { get; private set; }

    public bool JustDeclared { get; private set; }

    [BindProperty]
    public CoEditorForm CoEditor { get; set; } = new();

    [BindProperty]
    public ExpenseForm Depense { get; set; } = new();

    /// <summary>The grant whose expense form was sent and refused: only that form shows what was typed.</summary>
    public string? DeclaredGrantId { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    /// <summary>The dossier's grants as Funding lists them for its laureate (in phase order, newest first).</summary>
    public IReadOnlyList<Grant> Grants { get; private set; } = [];

    /// <summary>Funding did not answer: the dossier shows all the same, saying its grant cannot be shown now.</summary>
    public bool GrantsUnavailable { get; private set; }

    /// <summary>Funding stopped answering between the grants and their expenses: the grants show, their expenses are said unavailable.</summary>
    public bool ExpensesUnavailable { get; private set; }

    /// <summary>Each committed (or once committed) grant's declared expenses, by grant id.</summary>
    public IReadOnlyDictionary<string, ListExpensesResponse> Expenses { get; private set; } = new Dictionary<string, ListExpensesResponse>();

    /// <summary>Expenses are declared on a committed grant only (the platform's rule): the form is offered there alone.</summary>
    public static bool TakesExpenses(Grant grant) => grant.Status is GrantStatus.Committed or GrantStatus.Adjusted;

    /// <summary>The receipt and letters the platform has for the dossier; none for anyone but its team (an applicant).</summary>
    public DossierDocuments Documents { get; private set; } = DossierDocuments.None;

    public bool Editable => Dossier.Status is DossierStatus.Draft or DossierStatus.ReturnedForCorrection;

    /// <summary>
    /// Funding proposes a grant when the jury selects the dossier and keeps it if a correction takes the selection back;
    /// only an applicant is a laureate there (the lead, and the co-editors, who read it). Before any decision, no call.
    /// </summary>
    private bool MayHaveGrant => User.IsInRole(Roles.Applicant) && Dossier.Status is DossierStatus.Selected or DossierStatus.NotSelected;

    public async Task OnGetAsync(string id, bool depose, string? invite, bool depense, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        JustFiled = depose && Dossier.Status is DossierStatus.Submitted or DossierStatus.Resubmitted;
        JustDeclared = depense;
        JustInvited = invite is not null && Dossier.CoEditorEmails.Contains(invite) ? invite : null;
    }

    public async Task<IActionResult> OnPostInviterAsync(string id, CancellationToken cancellationToken)
    {
        var request = CoEditor.ToRequest(id);
        try
        {
            var dossier = await platform.Client.Dossiers.InviteCoEditorAsync(id, request, cancellationToken);
            return Redirect($"/dossiers/{dossier.Id}?invite={Uri.EscapeDataString(request.Email.ToLowerInvariant())}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput() || refused.StatusCode == HttpStatusCode.Forbidden)
        {
            // A co-editor may open the dossier but not invite: the platform's refusal is said on the form, not as an error page.
            Errors = FormErrors.FromRefusal(refused.Content, CoEditorForm.Fields, CoEditorForm.FormId);
            await LoadAsync(id, cancellationToken);
            return this.Refused();
        }
    }

    /// <summary>
    /// One expense against one of the dossier's grants; the page again with it listed (accepted or rejected with the
    /// platform's reasons). A malformed line, or a grant no longer committed, is refused and shown on that grant's form.
    /// </summary>
    public async Task<IActionResult> OnPostDeclarerAsync(string id, string grantId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        var request = Depense.ToRequest(grantId, local);
        try
        {
            await platform.Client.Funding.DeclareExpensesAsync(grantId, request, cancellationToken);
            return Redirect($"/dossiers/{id}?depense=true#depenses-{grantId}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Errors = ExpenseForm.Refusal(refused.Content, grantId, local);
            DeclaredGrantId = grantId;
            await LoadAsync(id, cancellationToken);
            return this.Refused();
        }
    }

    /// <summary>The dossier, then its grants when it may have some: Funding down leaves the grants out, not the page.</summary>
    private async Task LoadAsync(string id, CancellationToken cancellationToken)
    {
        Dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        // Submission renders them for the dossier's team alone (applicants); staff reading this page would be refused.
        Documents = User.IsInRole(Roles.Applicant) ? DossierDocuments.Of(Dossier) : DossierDocuments.None;
        if (!MayHaveGrant)
        {
            return;
        }
        var grants = await platform.Client.Funding.ListMyGrantsAsync(Dossier.Id, cancellationToken).OrNoneWhenDownAsync();
        Grants = grants is null ? [] : [.. grants.Grants];
        GrantsUnavailable = grants is null;
        Expenses = await ExpensesAsync(cancellationToken);
    }

    /// <summary>Only a grant once committed has expenses; Funding gone meanwhile leaves them out, not the page.</summary>
    private async Task<Dictionary<string, ListExpensesResponse>> ExpensesAsync(CancellationToken cancellationToken)
    {
        var expenses = new Dictionary<string, ListExpensesResponse>();
        foreach (var grant in Grants.Where(g => g.CommittedAt is not null))
        {
            if (await platform.Client.Funding.ListExpensesAsync(grant.Id, cancellationToken).OrNoneWhenDownAsync() is not { } listed)
            {
                ExpensesUnavailable = true;
                return [];
            }
            expenses[grant.Id] = listed;
        }
        return expenses;
    }
}
