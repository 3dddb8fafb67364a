using System.Net;
using Defis.Contracts.Jury.V1;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Jury;

/// <summary>
/// A juror declares a conflict of interest for a call (an organisation, a territory or a dossier) and sees what they
/// declared for it: the jury then never assigns them what the conflict touches. Refusals are shown by field.
/// </summary>
public sealed class ConflitsModel(PlatformAccess platform) : PageModel
{
    private const string FormId = "formulaire-conflit";

    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public IReadOnlyList<ConflictDeclaration> Declarations { get; private set; } = [];

    [BindProperty]
    public ConflictForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public bool JustDeclared { get; private set; }

    public async Task OnGetAsync(string? appel, bool declare, CancellationToken cancellationToken)
    {
        Form.ProgrammeCode = appel;
        JustDeclared = declare;
        await LoadAsync(appel, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = Form.ToRequest();
        // The call is part of the route: without one there is nothing to send it to, so that problem is the form's own;
        // the declaration still goes (to no call) for the platform to name its other bad fields at the same time.
        var local = new FormErrors();
        if (request.ProgrammeCode.Length == 0)
        {
            local.Add("Form_ProgrammeCode", "Appel", "Choisissez l'appel concerné.");
        }
        try
        {
            await platform.Client.Jury.DeclareConflictAsync(local.Any ? NoCall : request.ProgrammeCode, request, cancellationToken);
            return Redirect($"/jury/conflits?appel={Uri.EscapeDataString(request.ProgrammeCode)}&declare=true");
        }
        catch (ApiException refused) when (refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound)
        {
            Errors = refused.StatusCode == HttpStatusCode.BadRequest
                ? FormErrors.FromRefusal(refused.Content, ConflictForm.Fields, FormId, local)
                : FormErrors.Map(local.Any ? [] : [new FieldProblem("programmeCode", "Cet appel n'est pas ouvert aux déclarations du jury.")], ConflictForm.Fields,
                    FormId, FormErrors.FormLabel, local);
            await LoadAsync(null, cancellationToken);
            return this.Refused();
        }
    }

    /// <summary>A code no call has (codes are letters and digits), for a declaration sent only to have its fields checked.</summary>
    private const string NoCall = "-";

    private async Task LoadAsync(string? code, CancellationToken cancellationToken)
    {
        Programmes = (await platform.Client.Programmes.ListPublishedAsync(cancellationToken)).Programmes;
        if (!string.IsNullOrWhiteSpace(code) && Programmes.Any(p => p.Code == code))
        {
            Declarations = (await platform.Client.Jury.ListConflictsAsync(code, cancellationToken)).Declarations;
        }
    }
}
