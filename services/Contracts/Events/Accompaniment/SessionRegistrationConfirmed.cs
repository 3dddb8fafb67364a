namespace Defis.Contracts.Events;

/// <summary>Someone got a seat at a session (webinar, workshop or coaching session) when registering.</summary>
public sealed record SessionRegistrationConfirmed(
    Guid SessionId,
    string SessionTitle,
    DateTimeOffset StartsAt,
    string UserId,
    string Email) : IntegrationEvent
{
    public override Guid AggregateId => SessionId;
}
