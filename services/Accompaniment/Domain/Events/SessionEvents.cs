using Defis.Accompaniment.Domain.Sessions;

namespace Defis.Accompaniment.Domain.Events;

public sealed record SessionScheduled(EventHeader Header, Guid SessionId, SessionKind Kind, string Title, DateTimeOffset Start,
    DateTimeOffset End, int Capacity) : AccompanimentEvent(Header);

public sealed record RegistrationConfirmed(EventHeader Header, Guid SessionId, string UserId, string Email) : AccompanimentEvent(Header);

/// <summary><paramref name="Position"/> on the waiting list, 1 for the next to be promoted.</summary>
public sealed record RegistrationWaitlisted(EventHeader Header, Guid SessionId, string UserId, string Email, int Position)
    : AccompanimentEvent(Header);

/// <summary>A seat freed and the earliest person on the waiting list got it.</summary>
public sealed record RegistrationPromoted(EventHeader Header, Guid SessionId, string UserId, string Email) : AccompanimentEvent(Header);

public sealed record RegistrationCancelled(EventHeader Header, Guid SessionId, string UserId, bool HadSeat) : AccompanimentEvent(Header);

public sealed record AttendanceRecorded(EventHeader Header, Guid SessionId, string UserId, bool Attended) : AccompanimentEvent(Header);
