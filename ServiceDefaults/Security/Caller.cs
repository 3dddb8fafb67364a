using Defis.SharedKernel.Errors;
using System.Security.Claims;
using Grpc.Core;

namespace Defis.ServiceDefaults.Security;

/// <summary>Who is calling, from the validated bearer token forwarded by the gateway.</summary>
public sealed record Caller(string UserId, IReadOnlySet<string> Roles, string? Email)
{
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";

    public bool Is(string role) => Roles.Contains(role);

    public static Caller From(ServerCallContext context) => From(context.GetHttpContext().User);

    public static Caller From(ClaimsPrincipal user)
    {
        var id = user.FindFirst(SubjectClaim)?.Value;
        if (user.Identity?.IsAuthenticated != true || string.IsNullOrWhiteSpace(id))
        {
            throw new UnauthenticatedException();
        }
        var roles = user.FindAll(RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Caller(id, roles, user.FindFirst("email")?.Value);
    }
}
