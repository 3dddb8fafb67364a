using Defis.Contracts.Jury.V1;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.Grpc;

/// <summary>A panel's decisions, so that a president who comes back finds the draft they left instead of opening another.</summary>
public sealed partial class DecisionsService
{
    /// <summary>
    /// Who may open a decision on the panel may list them: its president, and staff. The panel is found as for opening
    /// one (to a non-member it does not exist), then a member who does not preside is refused as opening refuses them.
    /// </summary>
    [Authorize(Roles = $"{Roles.PanelPresident},{Roles.ProgrammeStaff}")]
    public override async Task<ListDecisionsResponse> ListDecisions(ListDecisionsRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        var cancellationToken = context.CancellationToken;
        var actor = context.Actor();
        var panel = await db.VisiblePanelAsync(id, actor, cancellationToken);
        if (!actor.IsProgrammeStaff)
        {
            panel.EnsurePresident(actor, "consulter les décisions");
        }
        // Ids are UUID v7: among decisions opened at the same instant, the later id is the later one.
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.PanelId == panel.Id)
            .OrderByDescending(d => d.OpenedAt).ThenByDescending(d => d.Id).ToListAsync(cancellationToken);
        return new ListDecisionsResponse { Decisions = { decisions.Select(d => d.ToContract()) } };
    }
}
