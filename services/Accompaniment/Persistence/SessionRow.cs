using Defis.Accompaniment.Domain.Sessions;

namespace Defis.Accompaniment.Persistence;

/// <summary>
/// One session as stored. Every registration, cancellation and capacity change locks this row
/// (SELECT … FOR UPDATE) for its transaction and saves <see cref="LastArrival"/> with it: concurrent
/// registrations queue on the lock, so seats and arrival numbers are never given twice.
/// </summary>
public sealed class SessionRow
{
    public Guid Id { get; set; }

    public Guid? SeriesId { get; set; }

    public Guid ProgrammeId { get; set; }

    public SessionKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public int Capacity { get; set; }

    public string? Location { get; set; }

    public string? Url { get; set; }

    public Guid? PlanId { get; set; }

    public long LastArrival { get; set; }

    /// <summary>The start the day-before reminder was sent for (null: none yet); a moved session differs and is reminded again.</summary>
    public DateTimeOffset? RemindedFor { get; set; }

    public List<RegistrationRow> Registrations { get; set; } = [];

    /// <summary>Instants are stored in UTC (PostgreSQL's timestamptz takes no other offset); series times come in Paris time.</summary>
    public static SessionRow From(Session session)
    {
        var record = session.ToRecord();
        var row = new SessionRow
        {
            Id = record.Id, SeriesId = record.SeriesId, ProgrammeId = record.ProgrammeId, Kind = record.Kind, Title = record.Title,
            Description = record.Description, StartsAt = record.Start.ToUniversalTime(), EndsAt = record.End.ToUniversalTime(), Location = record.Location,
            Url = record.Url?.AbsoluteUri, PlanId = record.PlanId,
        };
        row.CopyFrom(session);
        return row;
    }

    public Session ToDomain() => Session.Restore(
        new SessionRecord(Id, SeriesId, ProgrammeId, Kind, Title, Description, StartsAt, EndsAt, Capacity, Location,
            Url is null ? null : new Uri(Url, UriKind.Absolute), PlanId, LastArrival),
        Registrations.Select(r => r.ToRecord()));

    /// <summary>What registrations and capacity changes touch: the capacity, the arrival counter and the registrations.</summary>
    public void CopyFrom(Session session)
    {
        Capacity = session.Capacity;
        LastArrival = session.LastArrival;
        foreach (var record in session.RegistrationRecords())
        {
            if (Registrations.FirstOrDefault(r => r.Arrival == record.Arrival) is { } row)
            {
                row.CopyFrom(record);
            }
            else
            {
                var added = new RegistrationRow { SessionId = Id, Arrival = record.Arrival };
                added.CopyFrom(record);
                Registrations.Add(added);
            }
        }
    }
}

/// <summary>One registration; <see cref="Arrival"/> (per session) orders seats and the waiting list.</summary>
public sealed class RegistrationRow
{
    public Guid SessionId { get; set; }

    public long Arrival { get; set; }

    public string UserId { get; set; } = "";

    public string Email { get; set; } = "";

    public DateTimeOffset RegisteredAt { get; set; }

    public RegistrationStatus Status { get; set; }

    public DateTimeOffset? PromotedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public bool? Attended { get; set; }

    public void CopyFrom(RegistrationRecord record)
    {
        UserId = record.Registrant.UserId;
        Email = record.Registrant.Email;
        RegisteredAt = record.RegisteredAt;
        Status = record.Status;
        PromotedAt = record.PromotedAt;
        CancelledAt = record.CancelledAt;
        Attended = record.Attended;
    }

    public RegistrationRecord ToRecord() =>
        new(new Registrant(UserId, Email), Arrival, RegisteredAt, Status, PromotedAt, CancelledAt, Attended);
}
