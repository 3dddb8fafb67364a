using Defis.Jury.Domain;
using Defis.ServiceDefaults.Security;
using Grpc.Core;

namespace Defis.Jury.Grpc;

internal static class CallerActor
{
    /// <summary>The domain's actor for the authenticated caller: programme staff by their token's role.</summary>
    public static Actor Actor(this ServerCallContext context)
    {
        var caller = Caller.From(context);
        return new Actor(caller.UserId, caller.Is(Roles.ProgrammeStaff));
    }
}
