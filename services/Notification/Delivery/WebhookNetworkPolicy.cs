using System.Net;
using System.Net.Sockets;
using Defis.Notification.Domain.Webhooks;

namespace Defis.Notification.Delivery;

/// <summary>
/// Whether webhooks may reach loopback and private networks: only in Development (a receiver on the developer's
/// machine). Elsewhere the URL is checked at subscription time and every connection's resolved address at call
/// time, so that a name re-pointed to an internal address after subscribing is refused too.
/// </summary>
public sealed class WebhookNetworkPolicy(bool allowPrivate)
{
    public bool AllowPrivate => allowPrivate;

    public string? CheckUrl(string url) => WebhookAddressRules.CheckUrl(url, allowPrivate);

    /// <summary>At subscription time: a host name must resolve, and to public addresses only.</summary>
    public async Task<string?> CheckResolvedAsync(string url, CancellationToken cancellationToken)
    {
        if (CheckUrl(url) is { } reason)
        {
            return reason;
        }
        if (allowPrivate || IPAddress.TryParse(new Uri(url).Host, out _))
        {
            return null;
        }
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(new Uri(url).IdnHost, cancellationToken);
            return addresses.Length > 0 && addresses.All(WebhookAddressRules.IsPublic) ? null : "Ce nom résout vers une adresse privée ou locale.";
        }
        catch (SocketException)
        {
            return "Nom d'hôte introuvable.";
        }
    }

    /// <summary>The socket connection of every webhook call: resolves, refuses non-public addresses, connects to the checked address.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(a => allowPrivate || WebhookAddressRules.IsPublic(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"Adresse refusée : {context.DnsEndPoint.Host} résout vers une adresse privée, locale ou de lien local.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
