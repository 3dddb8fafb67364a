using Defis.Accompaniment.Domain.Calendar;
using Defis.Accompaniment.Persistence;
using Defis.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;
using PlatformCaller = Defis.ServiceDefaults.Security.Caller;

namespace Defis.Accompaniment.Grpc;

/// <summary>
/// GET /api/v1/accompaniment/sessions/{id}/calendar.ics: the session as an iCalendar file. A plain HTTP
/// endpoint, since gRPC transcoding answers JSON only; same visibility as GetSession.
/// </summary>
public static class SessionCalendarEndpoint
{
    public const string Pattern = "/api/v1/accompaniment/sessions/{sessionId:guid}/calendar.ics";

    public static void MapSessionCalendar(this IEndpointRouteBuilder app) =>
        app.MapGet(Pattern, ExportAsync).RequireAuthorization();

    private static async Task<IResult> ExportAsync(Guid sessionId, HttpContext http, AccompanimentDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = PlatformCaller.From(http.User).ToDomain();
        var row = await db.Sessions.AsNoTracking().Include(s => s.Registrations).SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        try
        {
            var session = await db.RequireVisibleAsync(row, sessionId, caller, cancellationToken);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"seance-{sessionId:N}.ics\"";
            return Results.Text(SessionCalendar.Export(session, time.GetUtcNow()), SessionCalendar.MediaType);
        }
        catch (NotFoundException e)
        {
            return Results.NotFound(new { message = e.Message });
        }
    }
}
