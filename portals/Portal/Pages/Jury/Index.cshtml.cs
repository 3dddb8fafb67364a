using Defis.Contracts.Jury.V1;
using Defis.Portal.Gateway;
using Defis.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages.Jury;

/// <summary>
/// The dossiers the jury assigned to the signed-in juror, on every panel, each with where their review stands; for a
/// president, the panels they preside, leading to each one's ranking and decision.
/// </summary>
public sealed class IndexModel(PlatformAccess platform) : PageModel
{
    public sealed record Line(Assignment Assignment, ReviewStatus? Review);

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public IReadOnlyList<PanelMembership> Presided { get; private set; } = [];

    public bool JustSubmitted { get; private set; }

    public async Task OnGetAsync(bool soumise, CancellationToken cancellationToken)
    {
        JustSubmitted = soumise;
        var mine = await platform.Client.Jury.ListMyAssignmentsAsync(cancellationToken);
        var active = mine.Assignments.Where(a => a.WithdrawnAt is null).OrderBy(a => a.DossierReference, StringComparer.Ordinal).ToList();
        Lines = await Task.WhenAll(active.Select(async a => new Line(a, await ReviewStatusAsync(a, cancellationToken))));
        if (User.IsInRole(Roles.PanelPresident))
        {
            // The panels they sit on, not those of their assignments: a president who reviews nothing still finds theirs.
            var seats = await platform.Client.Jury.ListMyPanelsAsync(cancellationToken);
            Presided = [.. seats.Panels.Where(p => p.Role == PanelRole.President)];
        }
    }

    /// <summary>The juror's own review of the dossier, if started: the reviews they may see include theirs.</summary>
    private async Task<ReviewStatus?> ReviewStatusAsync(Assignment assignment, CancellationToken cancellationToken)
    {
        var reviews = await platform.Client.Jury.ListDossierReviewsAsync(assignment.PanelId, assignment.DossierId, cancellationToken);
        return reviews.Reviews.FirstOrDefault(r => r.JurorUserId == User.Identity?.Name)?.Status;
    }
}
