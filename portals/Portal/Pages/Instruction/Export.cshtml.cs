using System.Net;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Instruction;

/// <summary>
/// A background export of a call's dossiers, as the staff member who started it follows it: its state in French, its
/// progress, and once ready its file until it expires. The page is read again with « Actualiser » (no script); a job
/// is its requester's alone (404 to anyone else, as to an unknown job).
/// </summary>
public sealed class ExportModel(PlatformAccess platform) : PageModel
{
    public ExportJob Job { get; private set; } = new();

    /// <summary>The job's file while the platform serves it: ready, with its download path.</summary>
    public bool Downloadable => Job.State == ExportJobState.Ready && Job.DownloadPath.Length > 0;

    public async Task<IActionResult> OnGetAsync(string jobId, CancellationToken cancellationToken)
    {
        if (await JobAsync(jobId, cancellationToken) is not { } job)
        {
            return NotFound();
        }
        Job = job;
        return Page();
    }

    /// <summary>
    /// The file, streamed; named as the call and format say. A file no longer (or not yet) served — expired meanwhile,
    /// failed — sends the person back to the job's page, which says why.
    /// </summary>
    public async Task<IActionResult> OnGetFichierAsync(string jobId, CancellationToken cancellationToken)
    {
        if (await JobAsync(jobId, cancellationToken) is not { } job)
        {
            return NotFound();
        }
        try
        {
            return await GatewayFile.FromAsync(platform.Client.Dossiers.DownloadExportFileAsync(job.JobId, cancellationToken), FileName(job));
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest)
        {
            return Redirect($"/instruction/exports/{Uri.EscapeDataString(job.JobId)}");
        }
    }

    /// <summary>E.g. « dossiers-CB21.xlsx », when the gateway names no file.</summary>
    public static string FileName(ExportJob job) => $"dossiers-{job.ProgrammeCode}.{ExportForm.Extension(job.Format)}";

    /// <summary>The job; none for an address no job can have (not an id), as unknown as a job that does not exist.</summary>
    private async Task<ExportJob?> JobAsync(string jobId, CancellationToken cancellationToken)
    {
        try
        {
            return await platform.Client.Dossiers.GetExportJobAsync(jobId, cancellationToken);
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest)
        {
            return null;
        }
    }
}
