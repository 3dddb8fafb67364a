using Defis.Contracts.Accompaniment.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>
/// Info webinars, workshops and coaching sessions (Accompaniment's Sessions, /api/v1/accompaniment/sessions): staff and
/// coaches schedule them; anyone the gateway lets in registers, gets a seat or a place on the waiting list, cancels.
/// </summary>
public interface ISessionsApi
{
    /// <summary>One session, or one per occurrence of the request's weekly recurrence (programme staff and coaches).</summary>
    [Post("/api/v1/accompaniment/sessions")]
    Task<ScheduleSessionsResponse> ScheduleAsync([Body] ScheduleSessionsRequest request, CancellationToken cancellationToken = default);

    /// <summary>A programme's sessions not yet ended, in start order (coaching sessions of a plan only to its people).</summary>
    [Get("/api/v1/accompaniment/sessions")]
    Task<ListSessionsResponse> ListAsync([Query, AliasAs("programme_id")] string programmeId, CancellationToken cancellationToken = default);

    [Get("/api/v1/accompaniment/sessions/{sessionId}")]
    Task<Session> GetAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers the caller (an empty request) or, for staff and coaches, someone else: a seat if one is left, else the
    /// end of the waiting list (its position in the answer). Twice is refused (409).
    /// </summary>
    [Post("/api/v1/accompaniment/sessions/{sessionId}/registrations")]
    Task<Registration> RegisterAsync(string sessionId, [Body] RegisterRequest request, CancellationToken cancellationToken = default);

    /// <summary>Frees the caller's seat (the first person waiting gets it) or place in line; 404 when they never registered.</summary>
    [Post("/api/v1/accompaniment/sessions/{sessionId}/registrations/cancel")]
    Task<Session> CancelRegistrationAsync(string sessionId, [Body] CancelRegistrationRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/accompaniment/sessions/{sessionId}/capacity")]
    Task<Session> ChangeCapacityAsync(string sessionId, [Body] ChangeCapacityRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The caller's own registrations (anyone signed in), each with its session and a seat or a position in line, in session
    /// start order; cancelled ones left out, those of ended sessions only with <paramref name="includePast"/>.
    /// </summary>
    [Get("/api/v1/accompaniment/registrations/mine")]
    Task<ListMyRegistrationsResponse> ListMyRegistrationsAsync([Query, AliasAs("include_past")] bool includePast = false,
        CancellationToken cancellationToken = default);

    /// <summary>Who registered, in arrival order (programme staff and coaches).</summary>
    [Get("/api/v1/accompaniment/sessions/{sessionId}/registrations")]
    Task<ListRegistrationsResponse> ListRegistrationsAsync(string sessionId, CancellationToken cancellationToken = default);

    [Post("/api/v1/accompaniment/sessions/{sessionId}/attendance")]
    Task<Registration> RecordAttendanceAsync(string sessionId, [Body] RecordAttendanceRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The session as an iCalendar file (text/calendar), for anyone who may read the session. The body streams: read it
    /// as a stream; the caller disposes the response. Refusals come back as the response's status, not as an exception.
    /// </summary>
    [Get("/api/v1/accompaniment/sessions/{sessionId}/calendar.ics")]
    Task<HttpResponseMessage> GetCalendarAsync(string sessionId, CancellationToken cancellationToken = default);
}
