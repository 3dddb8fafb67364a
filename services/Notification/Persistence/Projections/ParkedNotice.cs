namespace Defis.Notification.Persistence.Projections;

/// <summary>
/// A team notice whose dossier Notification had not heard of when its event arrived (the filing's event still on its
/// way, e.g. both queued across an outage): the event as received, kept until the dossier is remembered (decision 0031).
/// </summary>
public sealed class ParkedNotice
{
    public Guid EventId { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The event's type name, as the broker and the webhooks name it (e.g. DossierSelected).</summary>
    public string EventType { get; set; } = "";

    /// <summary>The event in JSON, as its contract type serialises.</summary>
    public string Payload { get; set; } = "";

    public DateTimeOffset ParkedAt { get; set; }
}
