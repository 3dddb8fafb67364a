using Aspire.Hosting.ApplicationModel;

namespace Defis.LocalServers.Aspire;

/// <summary>A server DCP runs as a local executable, reached on one loopback endpoint named "tcp".</summary>
public abstract class LocalServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    /// <summary>The server's data, logs and configuration, kept across runs.</summary>
    public string DataFolder => WorkingDirectory;

    public abstract ReferenceExpression ConnectionStringExpression { get; }
}

/// <summary>PostgreSQL from the Debian binaries; the postgres superuser's password lives in the data folder.</summary>
public sealed class LocalPostgresResource(string name, string command, string folder, ParameterResource password)
    : LocalServerResource(name, command, folder)
{
    public ParameterResource Password => password;

    public override ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username=postgres;Password={Password}");
}

/// <summary>One database of a <see cref="LocalPostgresResource"/>: its health check creates it if missing.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource server)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public string DatabaseName => databaseName;

    public LocalPostgresResource Parent => server;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}

/// <summary>RabbitMQ with its management plugin (endpoint "management"), guest account on loopback.</summary>
public sealed class LocalRabbitMqResource(string name, string command, string folder)
    : LocalServerResource(name, command, folder)
{
    public const string ManagementEndpointName = "management";

    public EndpointReference ManagementEndpoint => new(this, ManagementEndpointName);

    public override ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://guest:guest@127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}

/// <summary>Redis, "host:port" as StackExchange.Redis reads it.</summary>
public sealed class LocalRedisResource(string name, string command, string folder)
    : LocalServerResource(name, command, folder)
{
    public override ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}

/// <summary>The SMTP capture server: every mail is kept as a file under <see cref="MailFolder"/>/new, none is sent.</summary>
public sealed class LocalSmtpResource(string name, string command, string folder)
    : LocalServerResource(name, command, folder)
{
    public string MailFolder => Path.Combine(DataFolder, "mail");

    public override ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"smtp://127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}

/// <summary>ClamAV's clamd, "tcp://127.0.0.1:port" (the INSTREAM protocol on a TCP socket).</summary>
public sealed class LocalClamdResource(string name, string command, string folder)
    : LocalServerResource(name, command, folder)
{
    public override ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"tcp://127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}
