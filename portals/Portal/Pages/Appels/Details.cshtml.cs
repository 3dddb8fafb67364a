using System.Net;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Appels;

/// <summary>A call's terms and the form that opens a draft dossier for it.</summary>
public sealed class DetailsModel(PlatformAccess platform) : PageModel
{
    public sealed class NewDossier
    {
        public string Title { get; set => field = value ?? ""; } = "";
        public string LeadName { get; set => field = value ?? ""; } = "";
        public string LeadType { get; set => field = value ?? ""; } = "";
        public string ContactEmail { get; set => field = value ?? ""; } = "";
    }

    private static readonly IReadOnlyList<FormField> Fields =
    [
        new("Form_Title", "title", "Titre du projet"),
        new("Form_LeadName", "leadStructureName", "Nom de la structure porteuse"),
        new("Form_LeadType", "leadStructureType", "Type de structure porteuse"),
        new("Form_ContactEmail", "contactEmail", "Adresse électronique de contact"),
    ];

    public Programme Programme { get; private set; } = new();

    [BindProperty]
    public NewDossier Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public async Task OnGetAsync(string code, CancellationToken cancellationToken) =>
        Programme = await platform.Client.Programmes.GetAsync(code, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        Programme = await platform.Client.Programmes.GetAsync(code, cancellationToken);
        try
        {
            var dossier = await platform.Client.Dossiers.CreateAsync(new CreateDossierRequest
            {
                ProgrammeCode = code,
                Title = Form.Title.Trim(),
                LeadStructureName = Form.LeadName.Trim(),
                LeadStructureType = Enum.TryParse<LeadStructureType>(Form.LeadType, out var type) ? type : LeadStructureType.Unspecified,
                ContactEmail = Form.ContactEmail.Trim(),
            }, cancellationToken);
            return Redirect($"/dossiers/{dossier.Id}/modifier");
        }
        catch (ApiException refused) when (refused.StatusCode is HttpStatusCode.BadRequest)
        {
            Errors = FormErrors.FromRefusal(refused.Content, Fields, "formulaire-creation");
            return this.Refused();
        }
    }
}
