namespace Defis.ServiceInfrastructure.Scheduling;

/// <summary>
/// One pass of a service's clock (reminders, due-soon and overdue announcements): finds what is due now and
/// announces it once, through the outbox. Passes run again and again, on one or several instances, so a pass
/// must be safe to repeat (a persisted marker or a unique key says what was already done).
/// </summary>
public interface IScheduledPass
{
    /// <summary>Runs once; returns how many things it announced (for the log).</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
