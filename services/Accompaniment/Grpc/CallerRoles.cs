using Defis.Accompaniment.Domain.Access;
using Grpc.Core;
using PlatformCaller = Defis.ServiceDefaults.Security.Caller;
using Roles = Defis.ServiceDefaults.Security.Roles;

namespace Defis.Accompaniment.Grpc;

/// <summary>
/// The platform's token roles in the domain's words, with the token's e-mail (how co-editors are known). Being a laureate
/// is decided per plan (its team and its dossier's co-editors), not by a role.
/// </summary>
internal static class CallerRoles
{
    public static Caller ToDomain(this PlatformCaller caller)
    {
        var roles = AccompanimentRoles.Candidate;
        if (caller.Is(Roles.ProgrammeStaff))
        {
            roles |= AccompanimentRoles.ProgrammeStaff;
        }
        if (caller.Is(Roles.Coach))
        {
            roles |= AccompanimentRoles.Coach;
        }
        if (caller.Is(Roles.Applicant))
        {
            roles |= AccompanimentRoles.Laureate;
        }
        return new Caller(caller.UserId, roles, caller.Email);
    }

    public static Caller DomainCaller(this ServerCallContext context) => PlatformCaller.From(context).ToDomain();
}
