using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Gateway;

/// <summary>
/// A refusal the person can act on from the form (bad input, a state that forbids the change): the page shows it again
/// with the platform's problems and answers 400; whatever else the gateway refuses is <see cref="GatewayRefusals"/>'.
/// </summary>
public static class InputRefusals
{
    /// <summary>
    /// 400 (a field), 409 (a conflict with the current state), 412 (a precondition) or 413 (a file larger than the
    /// gateway takes, said in French by the gateway): the form's to show.
    /// </summary>
    public static bool IsAboutTheInput(this ApiException refused) =>
        refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.RequestEntityTooLarge;

    /// <summary>The page again, with its errors, as 400: the request was refused, not served.</summary>
    public static PageResult Refused(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }
}
