using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Defis.LocalServers.Aspire;

public static class LocalSmtpBuilderExtensions
{
    // The system interpreter: the Debian module is not visible to a pyenv or venv python3 earlier on PATH.
    private const string Python = "/usr/bin/python3";

    /// <summary>
    /// The SMTP capture server (aiosmtpd) on a kept loopback port: every mail it accepts is kept, unsent, as a
    /// file in the Maildir <c>&lt;data&gt;/&lt;name&gt;/mail</c> (new mails in its <c>new</c> folder).
    /// </summary>
    public static IResourceBuilder<LocalSmtpResource> AddLocalSmtpCapture(this IDistributedApplicationBuilder builder, string name, LocalDataFolder data)
    {
        Prerequisites.SmtpCapture();
        var folder = data.Folder(name);
        Directory.CreateDirectory(folder);
        var port = data.Port(name);
        var smtp = new LocalSmtpResource(name, Python, folder);
        return builder.AddResource(smtp)
            .WithArgs("-u", "-m", "aiosmtpd", "--nosetuid", "--smtputf8", "--listen", $"127.0.0.1:{port}",
                "--class", "aiosmtpd.handlers.Mailbox", smtp.MailFolder)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalServerResource.EndpointName, isProxied: false)
            .WithIconName("MailInbox")
            .WithServerHealthCheck(cancellationToken => ServerHealthChecks.SmtpAsync(smtp, cancellationToken));
    }
}
