using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Defis.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Pages.Sessions;

/// <summary>
/// A coach or programme staff schedule a session (or a weekly series) of a call, its times typed in Paris. Every problem
/// at once: the form's own (a day, a time, a number it cannot read) and the platform's, each next to its input.
/// </summary>
public sealed class ProgrammerModel(PlatformAccess platform) : PageModel
{
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    [BindProperty]
    public SessionForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>Only they may schedule (the platform decides anyway): others are told so rather than shown a form they cannot send.</summary>
    public bool CanSchedule => User.IsInRole(Roles.Coach) || User.IsInRole(Roles.ProgrammeStaff);

    public async Task OnGetAsync(string? appel, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Form.ProgrammeId = Programmes.FirstOrDefault(p => p.Code == appel)?.Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var local = new FormErrors();
        var request = Form.ToRequest(local);
        try
        {
            var scheduled = await platform.Client.Sessions.ScheduleAsync(request, cancellationToken);
            await LoadAsync(cancellationToken);
            var code = Programmes.FirstOrDefault(p => p.Id == request.ProgrammeId)?.Code ?? "";
            return Redirect($"/sessions?appel={Uri.EscapeDataString(code)}&programmees={scheduled.Sessions.Count}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            Errors = SessionForm.Refusal(refused.Content, local);
            await LoadAsync(cancellationToken);
            return this.Refused();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Programmes = await platform.LatestFirstAsync(cancellationToken);
}
