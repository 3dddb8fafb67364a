using Microsoft.Extensions.Configuration;

namespace Defis.Notification.Delivery;

/// <summary>Where to hand emails over: ConnectionStrings:smtp ("smtp://host:port", Aspire style), else Smtp:Host and Smtp:Port.</summary>
public sealed record SmtpEndpoint(string Host, int Port)
{
    public static bool IsConfigured(IConfiguration configuration) =>
        configuration.GetConnectionString("smtp") is { Length: > 0 } || configuration["Smtp:Host"] is not null;

    public static SmtpEndpoint From(IConfiguration configuration)
    {
        if (configuration.GetConnectionString("smtp") is { Length: > 0 } connection)
        {
            var uri = connection.Contains("://", StringComparison.Ordinal) ? new Uri(connection) : new Uri($"smtp://{connection}");
            return new SmtpEndpoint(uri.Host, uri.Port > 0 ? uri.Port : 25);
        }
        var host = configuration["Smtp:Host"] ?? throw new InvalidOperationException("Neither ConnectionStrings:smtp nor Smtp:Host is configured.");
        return new SmtpEndpoint(host, configuration.GetValue("Smtp:Port", 25));
    }
}
