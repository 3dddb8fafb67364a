namespace Defis.Contracts.Events;

/// <summary>The session was full: the registrant waits in line at <paramref name="Position"/> (1 = next to get a seat).</summary>
public sealed record SessionRegistrationWaitlisted(
    Guid SessionId,
    string SessionTitle,
    DateTimeOffset StartsAt,
    string UserId,
    string Email,
    int Position) : IntegrationEvent
{
    public override Guid AggregateId => SessionId;
}
