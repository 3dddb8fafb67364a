using System.Net;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Dossiers;

/// <summary>
/// Completes a draft and files it. Saving sends the whole content (with the version read, so a co-editor's save in
/// between is not overwritten); filing saves then submits. Every refusal comes back as the platform's field
/// violations, all shown at once next to their fields and in the error summary.
/// </summary>
public sealed class ModifierModel(PlatformAccess platform, TimeProvider time) : PageModel
{
    private const string FormId = "formulaire-dossier";

    public Dossier Dossier { get; private set; } = new();

    public Programme Programme { get; private set; } = new();

    [BindProperty]
    public DossierForm Form { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public FormErrors Errors { get; private set; } = new();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, bool enregistre, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return Redirect($"/dossiers/{id}");
        }
        Form = DossierForm.From(Dossier);
        Version = Dossier.Version;
        Saved = enregistre;
        return Page();
    }

    public async Task<IActionResult> OnPostEnregistrerAsync(string id, CancellationToken cancellationToken) =>
        await SaveAsync(id, cancellationToken) is { } saved ? Redirect($"/dossiers/{saved.Id}/modifier?enregistre=true") : this.Refused();

    public async Task<IActionResult> OnPostDeposerAsync(string id, CancellationToken cancellationToken)
    {
        if (await SaveAsync(id, cancellationToken) is not { } saved)
        {
            return this.Refused();
        }
        try
        {
            await platform.Client.Dossiers.SubmitAsync(saved.Id, new SubmitDossierRequest { DossierId = saved.Id }, cancellationToken);
            return Redirect($"/dossiers/{saved.Id}?depose=true");
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest)
        {
            // Saved, not filed: the form goes on from the saved version.
            Version = saved.Version;
            Errors = FormErrors.FromRefusal(refused.Content, DossierForm.Fields, FormId);
            return this.Refused();
        }
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Dossier = await platform.Client.Dossiers.GetAsync(id, cancellationToken);
        Programme = await platform.Client.Programmes.GetAsync(Dossier.ProgrammeCode, cancellationToken);
        return Dossier.Status is DossierStatus.Draft or DossierStatus.ReturnedForCorrection;
    }

    /// <summary>The saved dossier, or null with <see cref="Errors"/> set.</summary>
    private async Task<Dossier?> SaveAsync(string id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var local = new FormErrors();
        var content = Form.ApplyTo(Dossier, time.GetUtcNow(), local);
        try
        {
            var saved = await platform.Client.Dossiers.UpdateContentAsync(id, content, Version, cancellationToken);
            if (local.Any)
            {
                Version = saved.Version;
                Errors = FormErrors.Map([], DossierForm.Fields, FormId, FormErrors.FormLabel, local);
                return null;
            }
            return saved;
        }
        catch (ApiException refused) when (refused.StatusCode == HttpStatusCode.BadRequest)
        {
            Errors = FormErrors.FromRefusal(refused.Content, DossierForm.Fields, FormId, local);
            return null;
        }
        catch (ApiException conflict) when (conflict.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed)
        {
            Errors.Add(FormId, FormErrors.FormLabel, "Le dossier a été modifié par ailleurs depuis que vous l'avez ouvert : rechargez la page pour repartir de sa dernière version.");
            return null;
        }
    }
}
