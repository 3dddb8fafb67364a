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

    /// <summary>The dossier's team row (for events) when the caller is of its team or staff; NOT_FOUND otherwise.</summary>
    public static async Task<TeamRow> VisibleTeamAsync(this CorrespondenceDbContext db, Caller caller, Guid dossierId, CancellationToken cancellationToken)
    {
        CorrespondenceAccess.RequireVisible(caller, dossierId, await db.TeamAsync(dossierId, cancellationToken));
        return await db.Teams.AsNoTracking().SingleAsync(t => t.DossierId == dossierId, cancellationToken);
    }

    /// <summary>NOT_FOUND unless the caller may read the dossier's files (its team, staff, its assigned jurors).</summary>
    public static async Task RequireFilesVisibleAsync(this CorrespondenceDbContext db, Caller caller, Guid dossierId, CancellationToken cancellationToken)
    {
        if (!CorrespondenceAccess.CanReadFiles(caller, await db.TeamAsync(dossierId, cancellationToken)))
        {
            throw new Defis.SharedKernel.Errors.NotFoundException("Dossier", dossierId.ToString());
        }
    }
}
