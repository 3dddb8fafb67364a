namespace Defis.Contracts.Events;

/// <summary>A seat freed (a cancellation or a larger room) and the earliest person waiting got it.</summary>
public sealed record SessionRegistrationPromoted(
    Guid SessionId,
    string SessionTitle,
    DateTimeOffset StartsAt,
    string UserId,
    string Email) : IntegrationEvent
{
    public override Guid AggregateId => SessionId;
}
