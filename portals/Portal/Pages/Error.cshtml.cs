using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages;

/// <summary>Every error page, in French: the status code pages and unhandled errors come here.</summary>
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Erreur inattendue";

    public string Explanation { get; private set; } = "Le service rencontre un problème. Réessayez dans quelques instants.";

    public void OnGet(int? code) => (Title, Explanation) = code switch
    {
        403 => ("Accès refusé", "Votre compte ne permet pas d'ouvrir cette page."),
        404 => ("Page non trouvée", "La page demandée n'existe pas ou vous n'y avez pas accès."),
        _ => (Title, Explanation),
    };

    public void OnPost(int? code) => OnGet(code);
}
