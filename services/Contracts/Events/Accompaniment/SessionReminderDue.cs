namespace Defis.Contracts.Events;

/// <summary>
/// A session (webinar, workshop or coaching session) takes place tomorrow, Europe/Paris date (announced once per
/// session and start). <paramref name="Attendees"/> are the confirmed registrants to remind, not the waiting list.
/// </summary>
public sealed record SessionReminderDue(
    Guid SessionId,
    Guid ProgrammeId,
    string SessionTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Location,
    IReadOnlyList<SessionAttendee> Attendees) : IntegrationEvent
{
    public override Guid AggregateId => SessionId;
}

/// <summary>A confirmed registrant of a session.</summary>
public sealed record SessionAttendee(string UserId, string Email);
