using Defis.Notification.Domain.Delivery;
using MimeKit;

namespace Defis.Notification.Delivery;

/// <summary>
/// A delivery as a MIME message: its plain text, and the same text as simple HTML for mail clients that prefer it; its
/// attachment, when it has one (a PDF, decision 0027), as a file of the media type its name gives.
/// </summary>
public static class MailComposer
{
    public static MimeMessage Compose(OutboundDelivery delivery, string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(delivery.Recipient));
        message.Subject = delivery.Subject;
        // The delivery id lets receiving systems (and our tests) recognise the mail; it stays the same across retries.
        message.MessageId = $"{delivery.Id:N}@defis.gouv.fr";
        var body = new BodyBuilder { TextBody = delivery.Body, HtmlBody = Html(delivery.Subject, delivery.Body) };
        if (delivery is { AttachmentName: { } name, AttachmentContent: { } content })
        {
            body.Attachments.Add(name, content);
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Html(string subject, string text)
    {
        var paragraphs = text.Split("\n\n").Select(p => $"<p>{Escape(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>");
        return $"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>{Escape(subject)}</title></head>
            <body style="font-family: Marianne, Arial, sans-serif; color: #161616">
            <h1 style="font-size: 1.25em">{Escape(subject)}</h1>
            {string.Join("\n", paragraphs)}
            <p style="color: #666; font-size: 0.85em">Défis — programme d'appels à défis d'innovation publique.</p>
            </body></html>
            """;
    }

    /// <summary>Only the markup characters: accented letters stay readable in the source (the part is UTF-8).</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
