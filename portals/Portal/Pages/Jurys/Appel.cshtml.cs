using System.Net;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Jurys;

/// <summary>
/// A call's panels as staff set them up (members, grid, assignment policy) and the form creating one for a phase. A
/// call Jury has not heard of (unknown, or its publication not arrived yet) is the platform's 404.
/// </summary>
public sealed class AppelModel(PlatformAccess platform) : PageModel
{
    public string Code { get; private set; } = "";

    public IReadOnlyList<PanelSetUp> Panels { get; private set; } = [];

    [BindProperty]
    public PanelForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public async Task OnGetAsync(string code, CancellationToken cancellationToken) => await LoadAsync(code, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            var panel = await platform.Client.Jury.CreatePanelAsync(Form.ToRequest(code), cancellationToken);
            return Redirect($"/instruction/jurys/{panel.Id}?fait=cree");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Errors = PanelForm.Refusal(refused.Content, refused.StatusCode == HttpStatusCode.Conflict);
            await LoadAsync(code, cancellationToken);
            return this.Refused();
        }
    }

    private async Task LoadAsync(string code, CancellationToken cancellationToken)
    {
        var listed = await platform.Client.Jury.ListProgrammePanelsAsync(code, cancellationToken);
        Code = code.ToUpperInvariant();
        var panels = new List<PanelSetUp>();
        foreach (var panel in listed.Panels)
        {
            panels.Add(await PanelSetUp.ReadAsync(platform, panel, cancellationToken));
        }
        Panels = panels;
    }
}
