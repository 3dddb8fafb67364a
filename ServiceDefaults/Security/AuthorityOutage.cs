using System.Net.Mime;
using Defis.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Defis.ServiceDefaults.Security;

/// <summary>
/// When the token authority's discovery document or keys cannot be fetched, the caller's token was not judged at
/// all: answering 401 would tell a well-signed-in user to sign in again. It is an outage of a dependency, answered
/// like the others (decision 0022): 503 with Retry-After, which a gRPC client reads as UNAVAILABLE.
/// </summary>
public static class AuthorityOutage
{
    private static readonly object Key = new();

    public static JwtBearerEvents Events() => new()
    {
        OnAuthenticationFailed = async context =>
        {
            if (context.Options.ConfigurationManager is { } authority && !await AnswersAsync(authority, context.HttpContext.RequestAborted))
            {
                context.HttpContext.Items[Key] = true;
            }
        },
        OnChallenge = async context =>
        {
            if (!context.HttpContext.Items.ContainsKey(Key))
            {
                return;
            }
            context.HandleResponse();
            var response = context.Response;
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = $"{DependencyOutage.RetryAfterSeconds}";
            await response.WriteAsJsonAsync(new ProblemDetails { Status = response.StatusCode, Title = DependencyOutage.Message },
                options: null, contentType: MediaTypeNames.Application.ProblemJson, context.HttpContext.RequestAborted);
        },
    };

    /// <summary>
    /// Whether the authority's configuration is at hand: cached (then the token was judged on it and is bad), or
    /// fetched now. A failure may surface as a missing signing key rather than as the failed fetch itself.
    /// </summary>
    private static async Task<bool> AnswersAsync(IConfigurationManager<OpenIdConnectConfiguration> authority, CancellationToken cancellationToken)
    {
        try
        {
            await authority.GetConfigurationAsync(cancellationToken);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
