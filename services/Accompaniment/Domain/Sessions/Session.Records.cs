namespace Defis.Accompaniment.Domain.Sessions;

/// <summary>What persistence stores for a session row; <see cref="LastArrival"/> keeps the arrival order across restarts.</summary>
public sealed record SessionRecord(Guid Id, Guid? SeriesId, Guid ProgrammeId, SessionKind Kind, string Title, string? Description,
    DateTimeOffset Start, DateTimeOffset End, int Capacity, string? Location, Uri? Url, Guid? PlanId, long LastArrival);

/// <summary>What persistence stores for one registration row.</summary>
public sealed record RegistrationRecord(Registrant Registrant, long Arrival, DateTimeOffset RegisteredAt, RegistrationStatus Status,
    DateTimeOffset? PromotedAt, DateTimeOffset? CancelledAt, bool? Attended);

public sealed partial class Session
{
    public SessionRecord ToRecord() =>
        new(Id, SeriesId, ProgrammeId, Kind, Title, Description, Start, End, Capacity, Location, Url, PlanId, LastArrival);

    public IReadOnlyList<RegistrationRecord> RegistrationRecords() =>
        [.. _registrations.Select(r => new RegistrationRecord(r.Registrant, r.Arrival, r.RegisteredAt, r.Status, r.PromotedAt, r.CancelledAt, r.Attended))];

    /// <summary>Rebuilds a session exactly as saved; an arrival number above the saved counter is a corrupt row.</summary>
    public static Session Restore(SessionRecord record, IEnumerable<RegistrationRecord> registrations)
    {
        var session = new Session(record);
        session._registrations.AddRange(registrations.OrderBy(r => r.Arrival).Select(r => new Registration(r.Registrant, r.Arrival, r.RegisteredAt, r.Status)
        {
            PromotedAt = r.PromotedAt,
            CancelledAt = r.CancelledAt,
            Attended = r.Attended,
        }));
        if (session._registrations.Any(r => r.Arrival > record.LastArrival))
        {
            throw new InvalidOperationException($"Session {record.Id}: a registration arrived after the saved counter {record.LastArrival}.");
        }
        return session;
    }
}
