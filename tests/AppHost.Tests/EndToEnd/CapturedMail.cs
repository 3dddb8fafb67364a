using MimeKit;

namespace Defis.AppHost.Tests.EndToEnd;

/// <summary>The mails the AppHost's SMTP capture server kept, one file each under &lt;data&gt;/smtp/mail/new.</summary>
public static class CapturedMail
{
    public sealed record Mail(string To, string Subject, string Text)
    {
        public override string ToString() => $"{To}: {Subject}";
    }

    public static Task<IReadOnlyList<Mail>> ReadAsync(AspirePlatform host, CancellationToken cancellationToken) => Task.Run(() =>
    {
        var folder = Path.Combine(host.DataFolder, "smtp", "mail", "new");
        IReadOnlyList<Mail> mails = !Directory.Exists(folder) ? [] : [.. Directory.EnumerateFiles(folder).Select(Read).OfType<Mail>()];
        return mails;
    }, cancellationToken);

    private static Mail? Read(string file)
    {
        try
        {
            var message = MimeMessage.Load(file);
            return new Mail(string.Join(",", message.To.Mailboxes.Select(m => m.Address.ToLowerInvariant())), message.Subject ?? "", message.TextBody ?? "");
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            return null; // still being written by the capture server: read again at the next probe
        }
    }
}
