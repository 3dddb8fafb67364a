using System.Net;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Instruction;

/// <summary>
/// A call's dossiers as staff instruct them, a page at a time (the platform's page token carried in the address), with
/// the call's state and the retention of its dossiers: changed until the call closes, then the call archived once
/// closed (decision 0032), and the export of its dossiers started as a background job, followed on its own page
/// (<see cref="ExportModel"/>). Every refusal is shown on the form that was sent.
/// </summary>
public sealed class AppelModel(PlatformAccess platform) : PageModel
{
    private const int PageSize = 50;

    public string Code { get; private set; } = "";

    public Programme Programme { get; private set; } = new();

    public IReadOnlyList<Dossier> Dossiers { get; private set; } = [];

    /// <summary>The next page's token; empty on the last one.</summary>
    public string Next { get; private set; } = "";

    public bool JustPublished { get; private set; }

    /// <summary>What just happened, for the confirmation: « archive » or « conservation ».</summary>
    public string? Done { get; private set; }

    [BindProperty]
    public RetentionForm Conservation { get; set; } = new();

    [BindProperty]
    public ArchiveForm Archivage { get; set; } = new();

    [BindProperty]
    public ExportForm Export { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>The retention changes until the call closes (a published call past its closing reads as closed).</summary>
    public bool RetentionChangeable => Programme.Status is ProgrammeStatus.Draft or ProgrammeStatus.Published;

    public bool Archivable => Programme.Status == ProgrammeStatus.Closed;

    public async Task<IActionResult> OnGetAsync(string code, string? suite, bool publie, string? fait, CancellationToken cancellationToken)
    {
        (Code, JustPublished, Done) = (code, publie, fait);
        try
        {
            await LoadAsync(suite, cancellationToken);
            return Page();
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest && !string.IsNullOrEmpty(suite))
        {
            // A page address altered or from another list: the first page instead of an error.
            return Redirect($"/instruction/appels/{Uri.EscapeDataString(code)}");
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest)
        {
            // An address no call can have (not a code): as unknown as a call that does not exist.
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostConservationAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        var local = new FormErrors();
        try
        {
            await platform.Client.Programmes.ChangeRetentionAsync(code, Conservation.ToRequest(code, local), cancellationToken);
            return Confirmed("conservation");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(RetentionForm.Refusal(refused.Content, local), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostArchivageAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        var local = new FormErrors();
        if (Archivage.ToRequest(code, local) is not { } request)
        {
            return await RefusedAsync(ArchiveForm.Unsent(local), cancellationToken);
        }
        try
        {
            await platform.Client.Programmes.ArchiveAsync(code, request, cancellationToken);
            return Confirmed("archive");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(ArchiveForm.Refusal(refused.Content), cancellationToken);
        }
    }

    /// <summary>Starts the export of the call's dossiers, then shows the job; a format or call refused is said on the form.</summary>
    public async Task<IActionResult> OnPostExportAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        try
        {
            var job = await platform.Client.Dossiers.StartExportJobAsync(code, Export.ToRequest(code), cancellationToken);
            return Redirect($"/instruction/exports/{Uri.EscapeDataString(job.JobId)}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(ExportForm.Refusal(refused.Content), cancellationToken);
        }
    }

    private RedirectResult Confirmed(string done) => Redirect($"/instruction/appels/{Uri.EscapeDataString(Code)}?fait={done}");

    private async Task<IActionResult> RefusedAsync(FormErrors errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        await LoadAsync(null, cancellationToken);
        return this.Refused();
    }

    private async Task LoadAsync(string? pageToken, CancellationToken cancellationToken)
    {
        Programme = await platform.Client.Programmes.GetAsync(Code, cancellationToken);
        var page = await platform.Client.Dossiers.ListAsync(Code, pageSize: PageSize, pageToken: pageToken, cancellationToken: cancellationToken);
        (Dossiers, Next) = (page.Dossiers, page.NextPageToken);
    }
}
