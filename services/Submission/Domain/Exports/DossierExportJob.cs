namespace Defis.Submission.Domain;

/// <summary>
/// A dossiers export run in the background for the staff member who asked (docs/exports/dossiers.md). A worker takes
/// it under a lease that each progress report renews, so a job left Running by a stopped instance is taken again once
/// the lease lapses; every attempt has its number, and what a superseded attempt reports afterwards is ignored. Once
/// written, the file can be downloaded until <see cref="ExpiresAt"/> (excluded): from that instant the job reads as
/// Expired, before the clean-up pass has even deleted the file.
/// </summary>
public sealed class DossierExportJob
{
    /// <summary>Attempts allowed before a job that keeps stopping its worker is given up.</summary>
    public const int MaxAttempts = 3;

    /// <summary>How long a worker may go without reporting progress before another may take the job.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private DossierExportJob()
    {
    }

    public Guid Id { get; private set; }

    public string ProgrammeCode { get; private set; } = "";

    public ExportFileFormat Format { get; private set; }

    /// <summary>The staff member who asked: the only one who sees the job.</summary>
    public string RequestedBy { get; private set; } = "";

    /// <summary>Their address as their token gave it, for the notice; absent when the token had none.</summary>
    public string? RequesterEmail { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ExportJobState State { get; private set; }

    /// <summary>The attempt under way or done (0 while queued); the file's chunks carry it.</summary>
    public int Attempt { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public int RowsWritten { get; private set; }

    /// <summary>The dossiers counted when the attempt began (final once ready); absent while queued.</summary>
    public int? RowsTotal { get; private set; }

    public long? FileBytes { get; private set; }

    public DateTimeOffset? ReadyAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    public static DossierExportJob Request(string programmeCode, ExportFileFormat format, string requestedBy, string? requesterEmail, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProgrammeCode = programmeCode,
        Format = format,
        RequestedBy = requestedBy,
        RequesterEmail = string.IsNullOrWhiteSpace(requesterEmail) ? null : requesterEmail,
        RequestedAt = now,
        State = ExportJobState.Queued,
    };

    /// <summary>The state as the requester reads it at <paramref name="now"/>: a ready file past its expiry is Expired.</summary>
    public ExportJobState StateAt(DateTimeOffset now) =>
        State == ExportJobState.Ready && ExpiresAt is { } expires && now >= expires ? ExportJobState.Expired : State;

    public bool IsDownloadable(DateTimeOffset now) => StateAt(now) == ExportJobState.Ready;

    /// <summary>Queued, or Running under a lease that has lapsed (its worker stopped).</summary>
    public bool CanBeTaken(DateTimeOffset now) =>
        State == ExportJobState.Queued || (State == ExportJobState.Running && LeaseUntil is { } lease && now >= lease);

    /// <summary>
    /// Starts a new attempt with <paramref name="rowsTotal"/> rows to write; returns its number, or null when the job
    /// cannot be taken now or has used its attempts (it is then Failed).
    /// </summary>
    public int? Take(int rowsTotal, DateTimeOffset now)
    {
        if (!CanBeTaken(now))
        {
            return null;
        }
        if (Attempt >= MaxAttempts)
        {
            Fail(now);
            return null;
        }
        Attempt++;
        State = ExportJobState.Running;
        LeaseUntil = now + Lease;
        RowsWritten = 0;
        RowsTotal = rowsTotal;
        return Attempt;
    }

    /// <summary>Records the rows written by <paramref name="attempt"/> and renews its lease; false when the attempt is no longer the job's.</summary>
    public bool Progress(int attempt, int rowsWritten, DateTimeOffset now)
    {
        if (!IsCurrent(attempt))
        {
            return false;
        }
        RowsWritten = rowsWritten;
        LeaseUntil = now + Lease;
        return true;
    }

    /// <summary>The file of <paramref name="attempt"/> is stored: ready for <paramref name="keptFor"/>. False when the attempt was superseded.</summary>
    public bool Complete(int attempt, int rowsWritten, long fileBytes, TimeSpan keptFor, DateTimeOffset now)
    {
        if (!IsCurrent(attempt))
        {
            return false;
        }
        State = ExportJobState.Ready;
        RowsWritten = rowsWritten;
        RowsTotal = rowsWritten;
        FileBytes = fileBytes;
        ReadyAt = now;
        ExpiresAt = now + keptFor;
        LeaseUntil = null;
        return true;
    }

    /// <summary><paramref name="attempt"/> failed for good (an error, not a stop): the job is Failed.</summary>
    public bool Fail(int attempt, DateTimeOffset now)
    {
        if (!IsCurrent(attempt))
        {
            return false;
        }
        Fail(now);
        return true;
    }

    /// <summary>Marks a ready file whose time is up Expired (its content is then deleted); false when it is not due.</summary>
    public bool ExpireIfDue(DateTimeOffset now)
    {
        if (State != ExportJobState.Ready || StateAt(now) != ExportJobState.Expired)
        {
            return false;
        }
        State = ExportJobState.Expired;
        return true;
    }

    private bool IsCurrent(int attempt) => State == ExportJobState.Running && attempt == Attempt;

    private void Fail(DateTimeOffset now)
    {
        State = ExportJobState.Failed;
        FailedAt = now;
        LeaseUntil = null;
    }
}
