using Defis.Notification.Domain.Delivery;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Defis.Notification.Delivery;

/// <summary>
/// Sends due Pending emails over SMTP. Rows are claimed FOR UPDATE SKIP LOCKED and stay locked until their
/// outcome is committed, so two instances never send the same email. A failure keeps the email Pending
/// with its attempts, error and next attempt (exponential backoff, never given up): none is lost while
/// the SMTP server is down. A crash between the SMTP handover and the commit may resend once (at least once).
/// </summary>
public sealed partial class EmailDispatcher(IServiceScopeFactory scopes, IOptions<EmailOptions> options, IConfiguration configuration,
    TimeProvider time, ILogger<EmailDispatcher> logger) : IScheduledPass
{
    private static int _warnedNoSmtp;

    /// <summary>Sends every due email, batch after batch; returns how many were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!SmtpEndpoint.IsConfigured(configuration))
        {
            // Without a server the emails stay Pending (never lost) and go once one is configured; the service keeps running.
            if (Interlocked.Exchange(ref _warnedNoSmtp, 1) == 0)
            {
                LogNoSmtp(logger);
            }
            return 0;
        }
        var endpoint = SmtpEndpoint.From(configuration);
        var sent = 0;
        for (var batch = await SendDueAsync(endpoint, cancellationToken); batch > 0; batch = await SendDueAsync(endpoint, cancellationToken))
        {
            sent += batch;
        }
        return sent;
    }

    /// <summary>One batch in one transaction; returns how many emails were sent.</summary>
    public async Task<int> SendDueAsync(SmtpEndpoint endpoint, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        return await db.InTransactionAsync(async () =>
        {
            var now = time.GetUtcNow();
            var due = await db.Deliveries.FromSql($"""
                SELECT * FROM deliveries WHERE channel = 'Email' AND status = 'Pending' AND next_attempt_at <= {now}
                ORDER BY next_attempt_at LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }
            var sent = await SendAsync(endpoint, due, settings, cancellationToken);
            return sent;
        }, cancellationToken);
    }

    private async Task<int> SendAsync(SmtpEndpoint endpoint, List<OutboundDelivery> due, EmailOptions settings, CancellationToken cancellationToken)
    {
        var schedule = new RetrySchedule(settings.FirstBackoff, settings.MaxBackoff);
        using var client = new SmtpClient { Timeout = 15_000 };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, SecureSocketOptions.Auto, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSmtpDown(logger, endpoint.Host, endpoint.Port, due.Count, e.Message);
            due.ForEach(d => d.MarkFailed($"Serveur SMTP injoignable : {e.Message}", schedule, time.GetUtcNow()));
            return 0;
        }
        var sent = 0;
        foreach (var delivery in due)
        {
            try
            {
                await client.SendAsync(MailComposer.Compose(delivery, settings.From), cancellationToken);
                delivery.MarkSent(time.GetUtcNow());
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                delivery.MarkFailed(e.Message, schedule, time.GetUtcNow());
            }
        }
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The mails are already handed over: a failed QUIT must not roll their "Sent" back and resend them.
            LogSmtpDown(logger, endpoint.Host, endpoint.Port, 0, e.Message);
        }
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP server {Host}:{Port} unreachable; {Count} emails stay pending: {Error}")]
    private static partial void LogSmtpDown(ILogger logger, string host, int port, int count, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No SMTP server configured (ConnectionStrings:smtp or Smtp:Host): emails stay pending")]
    private static partial void LogNoSmtp(ILogger logger);
}
