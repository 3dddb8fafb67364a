using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages;

/// <summary>Starts the code flow at the identity service, back to the calls (or to a local page) once signed in.</summary>
public sealed class ConnexionModel : PageModel
{
    public IActionResult OnGet(string? retour)
    {
        var target = Url.IsLocalUrl(retour) ? retour : "/appels";
        return User.Identity?.IsAuthenticated == true ? LocalRedirect(target) : Challenge(new AuthenticationProperties { RedirectUri = target });
    }
}
