using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>
/// A background dossiers export (docs/exports/dossiers.md): queued, taken under a lease, its progress, ready for a
/// while, then expired; a stopped worker's job taken again, at most three times; a superseded attempt heard no more.
/// </summary>
public sealed class DossierExportJobTests
{
    private static readonly DateTimeOffset Requested = new(2021, 10, 15, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private static DossierExportJob Queued() => DossierExportJob.Request("CB21", ExportFileFormat.Xlsx, "staff-ditp", "staff@ditp.example", Requested);

    [Fact]
    public void A_new_job_is_queued_for_its_requester_with_nothing_written()
    {
        var job = Queued();

        Assert.Equal((ExportJobState.Queued, 0, null, 0), (job.State, job.RowsWritten, job.RowsTotal, job.Attempt));
        Assert.Equal(("CB21", ExportFileFormat.Xlsx, "staff-ditp", "staff@ditp.example", Requested),
            (job.ProgrammeCode, job.Format, job.RequestedBy, job.RequesterEmail, job.RequestedAt));
        Assert.Null(DossierExportJob.Request("CB21", ExportFileFormat.Csv, "staff-ditp", " ", Requested).RequesterEmail);
        Assert.True(job.CanBeTaken(Requested));
        Assert.False(job.IsDownloadable(Requested));
    }

    [Fact]
    public void Taking_a_job_starts_an_attempt_under_a_lease_and_counts_the_rows()
    {
        var job = Queued();

        Assert.Equal(1, job.Take(1200, Requested));

        Assert.Equal((ExportJobState.Running, 1, 0, 1200), (job.State, job.Attempt, job.RowsWritten, job.RowsTotal));
        Assert.Equal(Requested + DossierExportJob.Lease, job.LeaseUntil);
        Assert.Null(job.Take(1200, Requested.AddMinutes(1)));
        Assert.Equal(1, job.Attempt);
    }

    [Fact]
    public void A_running_job_is_taken_again_from_the_instant_its_lease_lapses_and_not_a_tick_before()
    {
        var job = Queued();
        job.Take(10, Requested);
        var lapses = Requested + DossierExportJob.Lease;

        Assert.False(job.CanBeTaken(lapses.AddTicks(-1)));
        Assert.Null(job.Take(10, lapses.AddTicks(-1)));
        Assert.True(job.CanBeTaken(lapses));
        Assert.Equal(2, job.Take(10, lapses));
        Assert.Equal(lapses + DossierExportJob.Lease, job.LeaseUntil);
    }

    [Fact]
    public void Progress_renews_the_lease_of_the_current_attempt_only()
    {
        var job = Queued();
        job.Take(1000, Requested);
        var later = Requested.AddMinutes(4);

        Assert.True(job.Progress(1, 500, later));
        Assert.Equal((500, later + DossierExportJob.Lease), (job.RowsWritten, job.LeaseUntil));
        Assert.False(job.CanBeTaken(Requested + DossierExportJob.Lease));

        Assert.False(job.Progress(2, 900, later));
        Assert.Equal(500, job.RowsWritten);
    }

    [Fact]
    public void A_superseded_attempt_can_neither_report_complete_nor_fail_the_job()
    {
        var job = Queued();
        job.Take(10, Requested);
        var retaken = Requested + DossierExportJob.Lease;
        job.Take(10, retaken);

        Assert.False(job.Progress(1, 5, retaken));
        Assert.False(job.Complete(1, 10, 2048, Day, retaken));
        Assert.False(job.Fail(1, retaken));

        Assert.Equal((ExportJobState.Running, 2, 0), (job.State, job.Attempt, job.RowsWritten));
    }

    [Fact]
    public void A_job_that_keeps_stopping_its_worker_fails_when_taken_after_its_third_attempt()
    {
        var job = Queued();
        var now = Requested;
        for (var attempt = 1; attempt <= DossierExportJob.MaxAttempts; attempt++)
        {
            Assert.Equal(attempt, job.Take(10, now));
            now += DossierExportJob.Lease;
        }

        Assert.Null(job.Take(10, now));

        Assert.Equal((ExportJobState.Failed, now, null), (job.State, job.FailedAt, job.LeaseUntil));
        Assert.False(job.CanBeTaken(now));
        Assert.Equal(ExportJobState.Failed, job.StateAt(now.AddDays(2)));
    }

    [Fact]
    public void A_completed_job_is_ready_with_every_row_and_expires_after_the_time_kept()
    {
        var job = Queued();
        job.Take(1200, Requested);
        var ready = Requested.AddMinutes(2);

        Assert.True(job.Complete(1, 1201, 4096, Day, ready));

        Assert.Equal((ExportJobState.Ready, 1201, 1201, 4096L), (job.State, job.RowsWritten, job.RowsTotal, job.FileBytes));
        Assert.Equal((ready, ready + Day, null), (job.ReadyAt, job.ExpiresAt, job.LeaseUntil));
        Assert.False(job.CanBeTaken(ready + DossierExportJob.Lease));
        Assert.False(job.Complete(1, 1201, 4096, Day, ready));
        Assert.False(job.Fail(1, ready));
    }

    [Fact]
    public void The_file_can_be_downloaded_until_one_tick_before_it_expires_and_reads_expired_from_that_instant()
    {
        var job = Queued();
        job.Take(3, Requested);
        job.Complete(1, 3, 100, Day, Requested);
        var expires = Requested + Day;

        Assert.True(job.IsDownloadable(expires.AddTicks(-1)));
        Assert.Equal(ExportJobState.Ready, job.StateAt(expires.AddTicks(-1)));
        Assert.False(job.IsDownloadable(expires));
        Assert.Equal(ExportJobState.Expired, job.StateAt(expires));
        Assert.Equal(ExportJobState.Expired, job.StateAt(expires.AddTicks(1)));
        Assert.Equal(ExportJobState.Ready, job.State);
    }

    [Fact]
    public void The_clean_up_expires_a_ready_job_from_its_expiry_once()
    {
        var job = Queued();
        job.Take(3, Requested);
        job.Complete(1, 3, 100, Day, Requested);
        var expires = Requested + Day;

        Assert.False(job.ExpireIfDue(expires.AddTicks(-1)));
        Assert.Equal(ExportJobState.Ready, job.State);
        Assert.True(job.ExpireIfDue(expires));
        Assert.Equal(ExportJobState.Expired, job.State);
        Assert.False(job.ExpireIfDue(expires.AddTicks(1)));
        Assert.False(job.IsDownloadable(expires.AddTicks(-1)));
    }

    [Fact]
    public void Only_a_ready_job_expires_and_a_failed_one_reads_failed()
    {
        var queued = Queued();
        var running = Queued();
        running.Take(3, Requested);
        var failed = Queued();
        failed.Take(3, Requested);

        Assert.True(failed.Fail(1, Requested));

        Assert.False(queued.ExpireIfDue(Requested.AddDays(30)));
        Assert.False(running.ExpireIfDue(Requested.AddDays(30)));
        Assert.False(failed.ExpireIfDue(Requested.AddDays(30)));
        Assert.Equal((ExportJobState.Queued, ExportJobState.Running, ExportJobState.Failed),
            (queued.StateAt(Requested.AddDays(30)), running.StateAt(Requested.AddDays(30)), failed.StateAt(Requested.AddDays(30))));
        Assert.Equal((Requested, (DateTimeOffset?)null), (failed.FailedAt!.Value, failed.LeaseUntil));
    }
}
