using System.Net;
using Defis.Contracts.Jury.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Jury;

/// <summary>
/// A panel's ranking as the platform computes it (a member sees only the dossiers they are free of conflict with), and
/// for its president the opening of the decision over the ranked dossiers, with its quota.
/// </summary>
public sealed class ClassementModel(PlatformAccess platform) : PageModel
{
    /// <summary>A ranked dossier and its title, when the platform lets the signed-in member read the dossier.</summary>
    public sealed record Line(RankingRow Row, string? Title);

    public Panel Panel { get; private set; } = new();

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public bool Presides { get; private set; }

    [BindProperty]
    public DecisionOpeningForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public Task OnGetAsync(string panelId, CancellationToken cancellationToken) => LoadAsync(panelId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string panelId, CancellationToken cancellationToken)
    {
        await LoadAsync(panelId, cancellationToken);
        var local = new FormErrors();
        if (Form.ToRequest(panelId, Lines.Select(l => l.Row.DossierId), local) is not { } request)
        {
            Errors = FormErrors.Map([], DecisionOpeningForm.Fields, DecisionOpeningForm.FormId, FormErrors.FormLabel, local);
            return Refused();
        }
        try
        {
            var decision = await platform.Client.Jury.OpenDecisionAsync(panelId, request, cancellationToken);
            return Redirect($"/jury/decisions/{decision.Id}");
        }
        catch (ApiException refused) when (refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed)
        {
            Errors = FormErrors.FromRefusal(refused.Content, DecisionOpeningForm.Fields, DecisionOpeningForm.FormId);
            return Refused();
        }
    }

    private async Task LoadAsync(string panelId, CancellationToken cancellationToken)
    {
        Panel = await platform.Client.Jury.GetPanelAsync(panelId, cancellationToken);
        Presides = Panel.Members.Any(m => m.UserId == User.Identity?.Name && m.Role == PanelRole.President);
        var ranking = await platform.Client.Jury.GetRankingAsync(panelId, cancellationToken);
        Lines = await Task.WhenAll(ranking.Rows.Select(async row => new Line(row, await TitleAsync(row.DossierId, cancellationToken))));
    }

    /// <summary>The dossier's title; none when Submission does not show the dossier to this member (not assigned to them).</summary>
    private async Task<string?> TitleAsync(string dossierId, CancellationToken cancellationToken)
    {
        try
        {
            return (await platform.Client.Dossiers.GetAsync(dossierId, cancellationToken)).Content?.Title;
        }
        catch (ApiException hidden) when (hidden.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return null;
        }
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
