using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.Pages;

/// <summary>Every error page, in French: the status code pages and unhandled errors come here.</summary>
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Erreur inattendue";

    public string Explanation { get; private set; } = "Le service rencontre un problème. Réessayez dans quelques instants.";

    /// <summary>A status page names its code; an error re-executed here (a body too large, a bug) left its status on the response.</summary>
    public void OnGet(int? code) => (Title, Explanation) = (code ?? PageContext.HttpContext?.Response.StatusCode) switch
    {
        400 => ("Demande illisible", "La demande envoyée n'a pas pu être lue. Revenez à la page précédente, actualisez-la et réessayez."),
        413 => ("Envoi trop volumineux",
            "L'envoi dépasse la taille que le portail accepte. Revenez à la page précédente et choisissez un fichier plus petit " +
            "(20 Mo au plus par fichier)."),
        403 => ("Accès refusé", "Votre compte ne permet pas d'ouvrir cette page."),
        404 => ("Page non trouvée", "La page demandée n'existe pas ou vous n'y avez pas accès."),
        503 => ("Service momentanément indisponible",
            "La plateforme ne répond pas pour le moment. Réessayez dans quelques instants ; si vous veniez d'envoyer un " +
            "formulaire, vérifiez qu'il a bien été pris en compte avant de l'envoyer à nouveau."),
        _ => (Title, Explanation),
    };

    public void OnPost(int? code) => OnGet(code);
}
