using System.Net;
using Defis.Contracts.Funding.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Financement;

/// <summary>
/// A grant, its tranches and the laureate's declared expenses. Finance commits a proposed grant with its schedule (the
/// platform's refusals shown next to each tranche line), pays a committed grant's manual tranches by hand, downloads its
/// notification, adjusts its amount or cancels it (each refusal on the form that was sent).
/// </summary>
public sealed class SubventionModel(PlatformAccess platform) : PageModel
{
    /// <summary>The tranche table's id: what stops a payment is said there.</summary>
    public const string ReleaseFormId = "tranches";

    public Grant Grant { get; private set; } = new();

    [BindProperty]
    public CommitForm Form { get; set; } = new();

    [BindProperty]
    public AdjustForm Ajustement { get; set; } = new();

    [BindProperty]
    public CancelForm Annulation { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public ListExpensesResponse Expenses { get; private set; } = new();

    public bool JustCommitted { get; private set; }

    public int? JustReleased { get; private set; }

    public bool JustAdjusted { get; private set; }

    public bool JustCancelled { get; private set; }

    public bool Proposed => Grant.Status == GrantStatus.Proposed;

    public bool Committed => Grant.Status is GrantStatus.Committed or GrantStatus.Adjusted;

    /// <summary>
    /// Adjusting and cancelling are offered until the grant is cancelled; what else stops them (all paid, the envelope,
    /// the phase's range) is the platform's to say, on the form that was sent.
    /// </summary>
    public bool Changeable => Grant.Status is GrantStatus.Proposed or GrantStatus.Committed or GrantStatus.Adjusted;

    /// <summary>Manual tranches still to pay, each with its own button; a withdrawn selection pays nothing meanwhile.</summary>
    public IEnumerable<Tranche> Payable => Committed && !Grant.SelectionWithdrawn
        ? Grant.Tranches.Where(t => t.Trigger == TrancheTrigger.Manual && t.Status == TrancheStatus.Scheduled)
        : [];

    public async Task OnGetAsync(string grantId, bool engagee, int? versee, bool ajustee, bool annulee, CancellationToken cancellationToken)
    {
        await LoadAsync(grantId, cancellationToken);
        (JustCommitted, JustReleased, JustAdjusted, JustCancelled) = (engagee, versee, ajustee, annulee);
    }

    public async Task<IActionResult> OnPostEngagerAsync(string grantId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        var request = Form.ToRequest(grantId, local);
        try
        {
            await platform.Client.Funding.CommitGrantAsync(grantId, request, cancellationToken);
            return Redirect($"/financement/subventions/{grantId}?engagee=true");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(grantId, CommitForm.Refusal(refused.Content, Form.SentLines, local), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostVerserAsync(string grantId, int tranche, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Funding.ReleaseTrancheAsync(grantId, tranche, new ReleaseTrancheRequest { GrantId = grantId, TrancheNumber = tranche }, cancellationToken);
            return Redirect($"/financement/subventions/{grantId}?versee={tranche}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            // Nothing is typed to pay a tranche: what stops it (a cancelled grant, a withdrawn selection) is the page's.
            Form = new CommitForm();
            return await RefusedAsync(grantId, FormErrors.FromRefusal(refused.Content, [], ReleaseFormId), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAjusterAsync(string grantId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        var request = Ajustement.ToRequest(grantId, local);
        try
        {
            await platform.Client.Funding.AdjustGrantAsync(grantId, request, cancellationToken);
            return Redirect($"/financement/subventions/{grantId}?ajustee=true");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(grantId, AdjustForm.Refusal(refused.Content, local), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAnnulerAsync(string grantId, CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        if (Annulation.ToRequest(grantId, local) is not { } request)
        {
            return await RefusedAsync(grantId, CancelForm.Unsent(local), cancellationToken);
        }
        try
        {
            await platform.Client.Funding.CancelGrantAsync(grantId, request, cancellationToken);
            return Redirect($"/financement/subventions/{grantId}?annulee=true");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(grantId, CancelForm.Refusal(refused.Content, local), cancellationToken);
        }
    }

    /// <summary>
    /// The notification PDF, streamed from the gateway as it comes. The SDK hands back the raw response (no exception),
    /// so its refusals are said here: unknown or hidden → not found, anything else → the status's error page.
    /// </summary>
    public async Task<IActionResult> OnGetNotificationAsync(string grantId, CancellationToken cancellationToken)
    {
        var response = await platform.Client.Funding.GetGrantNotificationAsync(grantId, cancellationToken);
        HttpContext.Response.RegisterForDispose(response);
        if (!response.IsSuccessStatusCode)
        {
            return response.StatusCode == HttpStatusCode.NotFound ? NotFound() : StatusCode((int)response.StatusCode);
        }
        var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return File(body, "application/pdf", $"notification-subvention-{grantId}.pdf");
    }

    private async Task<PageResult> RefusedAsync(string grantId, FormErrors errors, CancellationToken cancellationToken)
    {
        await LoadAsync(grantId, cancellationToken);
        Errors = errors;
        return this.Refused();
    }

    private async Task LoadAsync(string grantId, CancellationToken cancellationToken)
    {
        Grant = await platform.Client.Funding.GetGrantAsync(grantId, cancellationToken);
        Expenses = await platform.Client.Funding.ListExpensesAsync(grantId, cancellationToken);
    }
}
