namespace Defis.Notification.Persistence.Projections;

/// <summary>
/// A dossier Submission purged (decision 0032): only its id and when, so that an event about it arriving late (another
/// queue, a redelivery) neither writes to its team nor remembers its people again.
/// </summary>
public sealed class PurgedDossier
{
    public Guid DossierId { get; set; }

    public DateTimeOffset PurgedAt { get; set; }
}
