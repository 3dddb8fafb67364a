namespace Defis.LocalServers;

/// <summary>Finds the Debian binaries we run, or says exactly how to get them.</summary>
public static class Prerequisites
{
    public const string SetupHint = "Run ./defis setup (it installs postgresql, rabbitmq-server, redis-server, python3-aiosmtpd and clamav-daemon with apt-get).";

    public static string PostgresBinDirectory()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw Missing("PostgreSQL", "postgresql");
    }

    public static string RabbitMqServer() => Require("/usr/lib/rabbitmq/bin/rabbitmq-server", "RabbitMQ", "rabbitmq-server");

    public static string RedisServer() => Require("/usr/bin/redis-server", "Redis", "redis-server");

    public static string Clamd() => Require("/usr/sbin/clamd", "ClamAV's clamd", "clamav-daemon");

    public static string SmtpCapture() => Require("/usr/lib/python3/dist-packages/aiosmtpd/__init__.py", "The SMTP capture server", "python3-aiosmtpd");

    private static string Require(string path, string what, string package) =>
        File.Exists(path) ? path : throw Missing(what, package);

    private static InvalidOperationException Missing(string what, string package) =>
        new($"{what} is not installed (Debian package '{package}' missing). {SetupHint}");
}
