using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Instruction;

/// <summary>
/// « Écrire à toutes les équipes »: staff post one message on the thread of every dossier of a call, each team told once.
/// The form carries its sending id, so sending it twice posts nothing more (the platform's rule).
/// </summary>
public sealed class MessageAppelModel(PlatformAccess platform) : PageModel
{
    public string Code { get; private set; } = "";

    public Programme Programme { get; private set; } = new();

    [BindProperty]
    public CallMessageForm Annonce { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>How many teams the message just reached, for the confirmation.</summary>
    public int? Reached { get; private set; }

    public async Task OnGetAsync(string code, int? envoye, CancellationToken cancellationToken)
    {
        await LoadAsync(code, cancellationToken);
        Annonce = Annonce.WithSendingId();
        Reached = envoye;
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            var sent = await platform.Client.Correspondence.PostToCallAsync(code, Annonce.ToRequest(code), cancellationToken);
            return Redirect($"/instruction/appels/{Uri.EscapeDataString(code)}/message?envoye={sent.Messages.Count}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput() || refused.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // NOT_FOUND here means a call with no dossier yet: said on the form, the call's page being there.
            await LoadAsync(code, cancellationToken);
            Annonce = Annonce.WithSendingId();
            Errors = refused.StatusCode == System.Net.HttpStatusCode.NotFound ? NoTeamYet() : CallMessageForm.Refusal(refused.Content);
            return this.Refused();
        }
    }

    private static FormErrors NoTeamYet()
    {
        var errors = new FormErrors();
        errors.Add(CallMessageForm.FormId, FormErrors.FormLabel, "Aucun dossier n'est encore en préparation ni déposé sur cet appel : il n'y a pas d'équipe à qui écrire.");
        return errors;
    }

    private async Task LoadAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        Programme = await platform.Client.Programmes.GetAsync(code, cancellationToken);
    }
}
