using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;

namespace Defis.Accompaniment.Domain.Sessions;

/// <summary>
/// A webinar, workshop or coaching session that people register to, with a capacity and a waiting list.
/// The domain decides the order (each registration gets the next arrival number) and who is promoted
/// when a seat frees. Under concurrent registrations, persistence must serialise changes to one session:
/// it locks the session row (SELECT … FOR UPDATE) or checks an optimistic token, so that two people can
/// never both take the last seat and arrival numbers never repeat; a partial unique index on
/// (session_id, user_id) where status &lt;&gt; 'Cancelled' backs the "no double registration" rule.
/// </summary>
public sealed partial class Session
{
    private readonly List<Registration> _registrations = [];

    private Session(SessionRecord record)
    {
        Id = record.Id;
        SeriesId = record.SeriesId;
        ProgrammeId = record.ProgrammeId;
        Kind = record.Kind;
        Title = record.Title;
        Description = record.Description;
        Start = record.Start;
        End = record.End;
        Capacity = record.Capacity;
        Location = record.Location;
        Url = record.Url;
        PlanId = record.PlanId;
        LastArrival = record.LastArrival;
    }

    public Guid Id { get; }

    /// <summary>Sessions generated from one recurrence rule share it.</summary>
    public Guid? SeriesId { get; }

    public Guid ProgrammeId { get; }

    public SessionKind Kind { get; }

    public string Title { get; }

    public string? Description { get; }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public int Capacity { get; private set; }

    public string? Location { get; }

    public Uri? Url { get; }

    public Guid? PlanId { get; }

    /// <summary>The last arrival number given; persisted so that order survives a restart.</summary>
    public long LastArrival { get; private set; }

    public IReadOnlyList<Registration> Registrations => _registrations;

    public IReadOnlyList<Registration> Confirmed => [.. InArrivalOrder(RegistrationStatus.Confirmed)];

    /// <summary>Next to be promoted first.</summary>
    public IReadOnlyList<Registration> WaitingList => [.. InArrivalOrder(RegistrationStatus.Waitlisted)];

    public int SeatsLeft => Math.Max(0, Capacity - Confirmed.Count);

    public static (Session Session, SessionScheduled Event) Schedule(SessionDraft draft, Change change) =>
        Schedule(draft, change, seriesId: null);

    private static (Session Session, SessionScheduled Event) Schedule(SessionDraft draft, Change change, Guid? seriesId)
    {
        AccompanimentAccess.RequireOrganiser(change.By);
        var url = draft.Validate();
        var session = new Session(new SessionRecord(Guid.CreateVersion7(change.Now), seriesId, draft.ProgrammeId, draft.Kind,
            draft.Title.Trim(), Blank(draft.Description), draft.Start, draft.End, draft.Capacity, Blank(draft.Location), url, draft.PlanId, 0));
        return (session, new SessionScheduled(EventHeader.For(change), session.Id, session.Kind, session.Title,
            session.Start, session.End, session.Capacity));
    }

    /// <summary>
    /// One session per occurrence of <paramref name="rule"/>: the first draft's Paris wall-clock start and
    /// duration are kept on every date, so a 11:00 webinar stays at 11:00 across a daylight-saving change.
    /// </summary>
    public static IReadOnlyList<(Session Session, SessionScheduled Event)> ScheduleSeries(SessionDraft first, RecurrenceRule rule, Change change)
    {
        AccompanimentAccess.RequireOrganiser(change.By);
        first.Validate();
        var seriesId = Guid.CreateVersion7(change.Now);
        var startWallClock = Time.ParisCalendar.WallClock(first.Start);
        var wallClockLength = Time.ParisCalendar.WallClock(first.End) - startWallClock;
        return [.. rule.Occurrences(startWallClock).Select(local => Schedule(first with
        {
            Start = Time.ParisCalendar.At(local),
            End = Time.ParisCalendar.At(local + wallClockLength),
        }, change, seriesId))];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private IEnumerable<Registration> InArrivalOrder(RegistrationStatus status) =>
        _registrations.Where(r => r.Status == status).OrderBy(r => r.Arrival);
}
