using System.Net;
using Defis.Contracts.Jury.V1;
using Defis.Portal.Display;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Jury;

/// <summary>
/// A panel's ranking as the platform computes it (a member sees only the dossiers they are free of conflict with), and
/// for its president the panel's decisions, then either the draft to resume or the opening of a decision over the ranked
/// dossiers, with its quota: never a second draft beside the one in progress. The president exports the ranking as a
/// file (« Exporter le classement », CSV or XLSX, docs/exports/ranking.md); while the blind review still seals a row for
/// them the platform refuses it (RANKING_SEALED), said at the export's form.
/// </summary>
public sealed class ClassementModel(PlatformAccess platform) : PageModel
{
    /// <summary>A ranked dossier and its title, when the platform lets the signed-in member read the dossier.</summary>
    public sealed record Line(RankingRow Row, string? Title);

    public Panel Panel { get; private set; } = new();

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public bool Presides { get; private set; }

    /// <summary>The panel's decisions, for its president; none for another member, whom the platform does not show them.</summary>
    public PanelDecisions Decisions { get; private set; } = PanelDecisions.None;

    [BindProperty]
    public DecisionOpeningForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public ExportForm Export { get; private set; } = new();

    public FormErrors ExportErrors { get; private set; } = new();

    public Task OnGetAsync(string panelId, CancellationToken cancellationToken) => LoadAsync(panelId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string panelId, CancellationToken cancellationToken)
    {
        await LoadAsync(panelId, cancellationToken);
        // A page left open while the decision was opened elsewhere (another tab, a double click): go on with that draft.
        if (Decisions.Draft is { } draft)
        {
            return Redirect($"/jury/decisions/{draft.Id}");
        }
        var local = new FormErrors();
        if (Form.ToRequest(panelId, Lines.Select(l => l.Row.DossierId), local) is not { } request)
        {
            Errors = FormErrors.Map([], DecisionOpeningForm.Fields, DecisionOpeningForm.FormId, FormErrors.FormLabel, local);
            return this.Refused();
        }
        try
        {
            var decision = await platform.Client.Jury.OpenDecisionAsync(panelId, request, cancellationToken);
            return Redirect($"/jury/decisions/{decision.Id}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Errors = FormErrors.FromRefusal(refused.Content, DecisionOpeningForm.Fields, DecisionOpeningForm.FormId);
            return this.Refused();
        }
    }

    /// <summary>The ranking's file, e.g. « classement-CB21-Incubation.xlsx », streamed; a refusal shows the page again with the platform's words.</summary>
    public async Task<IActionResult> OnGetExportAsync(string panelId, string? format, CancellationToken cancellationToken)
    {
        Export = new ExportForm { Format = format };
        try
        {
            var panel = await platform.Client.Jury.GetPanelAsync(panelId, cancellationToken);
            return await GatewayFile.FromAsync(platform.Client.Jury.ExportRankingAsync(panel.Id, Export.Chosen, cancellationToken),
                $"classement-{panel.ProgrammeCode}-{panel.Phase}.{ExportForm.Extension(Export.Chosen)}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            ExportErrors = ExportForm.Refusal(refused.Content);
            await LoadAsync(panelId, cancellationToken);
            return this.Refused();
        }
    }

    private async Task LoadAsync(string panelId, CancellationToken cancellationToken)
    {
        Panel = await platform.Client.Jury.GetPanelAsync(panelId, cancellationToken);
        Presides = Panel.Members.Any(m => m.UserId == User.Identity?.Name && m.Role == PanelRole.President);
        if (Presides)
        {
            Decisions = PanelDecisions.Of((await platform.Client.Jury.ListDecisionsAsync(panelId, cancellationToken)).Decisions);
        }
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
}
