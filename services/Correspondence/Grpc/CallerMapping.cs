using Defis.Correspondence.Domain.Access;
using Defis.Correspondence.Persistence;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using PlatformCaller = Defis.ServiceDefaults.Security.Caller;
using Roles = Defis.ServiceDefaults.Security.Roles;

namespace Defis.Correspondence.Grpc;

/// <summary>The token's caller in the domain's words, and the dossier's team as this service knows it.</summary>
internal static class CallerMapping
{
    public static Caller DomainCaller(this ServerCallContext context)
    {
        var caller = PlatformCaller.From(context);
        return new Caller(caller.UserId, caller.Email, caller.Is(Roles.ProgrammeStaff));
    }

    public static async Task<TeamRow> VisibleTeamAsync(this CorrespondenceDbContext db, Caller caller, Guid dossierId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.DossierId == dossierId, cancellationToken);
        CorrespondenceAccess.RequireVisible(caller, dossierId, team?.ToDomain());
        return team!;
    }
}
