using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Defis.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Bearer tokens validated by every service (defence in depth behind the gateway). Issuer, audience,
    /// authority or signing keys come from configuration under Authentication:Schemes:Bearer, the
    /// standard ASP.NET Core binding: Authority (the identity service or any OpenID Connect provider, whose
    /// discovery document gives the issuer and keys) and ValidAudiences. Anything not explicitly anonymous requires
    /// an authenticated caller; an unreachable authority is an outage, not a bad token.
    /// </summary>
    public static TBuilder AddDefaultAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = Caller.SubjectClaim;
            options.TokenValidationParameters.RoleClaimType = Caller.RoleClaim;
            options.Events = AuthorityOutage.Events();
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
