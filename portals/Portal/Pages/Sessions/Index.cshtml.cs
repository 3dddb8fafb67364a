using System.Net;
using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Display;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Defis.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;
using Session = Defis.Contracts.Accompaniment.V1.Session;

namespace Defis.Portal.Pages.Sessions;

/// <summary>
/// A call's upcoming sessions: anyone the platform lets in registers (a seat, or a place on the waiting list) or cancels,
/// and downloads a session's .ics. « Mes inscriptions » lists where the person stands in every call's sessions to come,
/// and the notice says what they just did, from the platform's answer.
/// </summary>
public sealed class IndexModel(PlatformAccess platform) : PageModel
{
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    /// <summary>The call chosen, if it is published.</summary>
    public Programme? Chosen { get; private set; }

    public IReadOnlyList<Session> Sessions { get; private set; } = [];

    /// <summary>The person's own registrations to sessions not yet ended, whatever the call, in start order.</summary>
    public IReadOnlyList<MyRegistration> Mine { get; private set; } = [];

    /// <summary>What just happened, in words: a registration's state, a cancellation, sessions scheduled.</summary>
    public string? Notice { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    public bool CanSchedule => User.IsInRole(Roles.Coach) || User.IsInRole(Roles.ProgrammeStaff);

    public static string RowId(string sessionId) => $"seance-{sessionId}";

    /// <summary>
    /// The call a session belongs to, so that cancelling from « Mes inscriptions » comes back to the session's own list,
    /// where the notice and any refusal are said on its row; the chosen call when the session's is not published.
    /// </summary>
    public string? CallOf(Session session) => Programmes.FirstOrDefault(p => p.Id == session.ProgrammeId)?.Code ?? Chosen?.Code;

    public async Task OnGetAsync(string? appel, string? seance, RegistrationStatus? etat, int? position, bool annulee, int? programmees,
        CancellationToken cancellationToken)
    {
        await LoadAsync(appel, cancellationToken);
        var acted = Sessions.FirstOrDefault(s => s.Id == seance);
        Notice = (acted, etat, annulee, programmees) switch
        {
            ({ } session, { } state, _, _) => French.RegistrationNotice(session.Title, state, position ?? 0),
            ({ } session, null, true, _) => French.RegistrationNotice(session.Title, RegistrationStatus.Cancelled, 0),
            (_, _, _, 1) => "La session est programmée.",
            (_, _, _, > 1) => $"{programmees} sessions sont programmées.",
            _ => null,
        };
    }

    public async Task<IActionResult> OnPostInscrireAsync(string? appel, string seance, CancellationToken cancellationToken)
    {
        try
        {
            var registration = await platform.Client.Sessions.RegisterAsync(seance, new RegisterRequest { SessionId = seance }, cancellationToken);
            return Redirect(Back(appel, seance) + $"&etat={registration.Status}&position={registration.WaitingPosition}");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput())
        {
            return await RefusedAsync(appel, seance, FieldProblem.Summary(refused.Content) ?? "L'inscription a été refusée.", cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAnnulerAsync(string? appel, string seance, CancellationToken cancellationToken)
    {
        try
        {
            await platform.Client.Sessions.CancelRegistrationAsync(seance, new CancelRegistrationRequest { SessionId = seance }, cancellationToken);
            return Redirect(Back(appel, seance) + "&annulee=true");
        }
        catch (ApiException refused) when (refused.IsAboutTheInput() || refused.StatusCode == HttpStatusCode.NotFound)
        {
            // The platform finds no registration of the caller's to cancel (or, rarer, no session the caller may see).
            var message = refused.StatusCode == HttpStatusCode.NotFound
                ? "Vous n'êtes pas inscrit à cette session : il n'y a rien à annuler."
                : FieldProblem.Summary(refused.Content) ?? "L'annulation a été refusée.";
            return await RefusedAsync(appel, seance, message, cancellationToken);
        }
    }

    /// <summary>
    /// The session's .ics, streamed from the gateway as it comes. The SDK hands back the raw response (no exception), so
    /// its refusals are said here: unknown or hidden → not found, anything else → the status's error page.
    /// </summary>
    public async Task<IActionResult> OnGetCalendrierAsync(string seance, CancellationToken cancellationToken)
    {
        var response = await platform.Client.Sessions.GetCalendarAsync(seance, cancellationToken);
        HttpContext.Response.RegisterForDispose(response);
        if (!response.IsSuccessStatusCode)
        {
            return response.StatusCode == HttpStatusCode.NotFound ? NotFound() : StatusCode((int)response.StatusCode);
        }
        var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return File(body, response.Content.Headers.ContentType?.ToString() ?? "text/calendar; charset=utf-8", $"session-{seance}.ics");
    }

    private static string Back(string? appel, string seance) =>
        $"/sessions?appel={Uri.EscapeDataString(appel ?? "")}&seance={Uri.EscapeDataString(seance)}";

    private async Task<PageResult> RefusedAsync(string? appel, string seance, string message, CancellationToken cancellationToken)
    {
        await LoadAsync(appel, cancellationToken);
        // Said on the session's row, which the summary links to, under the session's title.
        var title = Sessions.FirstOrDefault(s => s.Id == seance)?.Title;
        Errors.Add(title is null ? "seances" : RowId(seance), title is null ? "Session" : $"« {title} »", message);
        return this.Refused();
    }

    private async Task LoadAsync(string? code, CancellationToken cancellationToken)
    {
        Programmes = await platform.LatestFirstAsync(cancellationToken);
        Chosen = Programmes.FirstOrDefault(p => p.Code == code);
        Mine = (await platform.Client.Sessions.ListMyRegistrationsAsync(cancellationToken: cancellationToken)).Registrations;
        if (Chosen is not null)
        {
            Sessions = (await platform.Client.Sessions.ListAsync(Chosen.Id, cancellationToken)).Sessions;
        }
    }
}
