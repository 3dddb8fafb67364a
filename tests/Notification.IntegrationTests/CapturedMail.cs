using System.Text;
using Defis.Testing;
using MimeKit;

namespace Defis.Notification.IntegrationTests;

/// <summary>Reads the SMTP capture server's mails as MIME messages.</summary>
internal static class CapturedMail
{
    public static IReadOnlyList<MimeMessage> To(IEnumerable<string> rawMails, string address) => rawMails
        .Select(raw => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw))))
        .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
        .ToList();

    public static IReadOnlyList<MimeMessage> To(this PlatformInfrastructure infrastructure, string address) => To(infrastructure.CapturedMails(), address);
}
