namespace Defis.Correspondence.Persistence;

/// <summary>
/// A dossier Submission purged (decision 0032): only its id and when, so that an event about it arriving late (another
/// queue, a redelivery) recreates neither its team nor a thread.
/// </summary>
public sealed class PurgedDossier
{
    public Guid DossierId { get; set; }

    public DateTimeOffset PurgedAt { get; set; }
}
