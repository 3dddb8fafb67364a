using System.Net;
using System.Net.Sockets;

namespace Defis.Notification.Domain.Webhooks;

/// <summary>
/// Outside development a webhook may only reach public addresses: calling loopback, private, link-local
/// (cloud metadata at 169.254.169.254), unique-local or unspecified addresses would let a subscriber probe
/// our own network. Checked on the URL at subscription time and on the resolved address at each call.
/// </summary>
public static class WebhookAddressRules
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 ||
        (b[0] == 100 && b[1] >= 64 && b[1] < 128) ||   // carrier-grade NAT
        (b[0] == 169 && b[1] == 254) ||                // link-local
        (b[0] == 172 && b[1] >= 16 && b[1] < 32) ||
        (b[0] == 192 && b[1] == 168) ||
        (b[0] == 192 && b[1] == 0 && b[2] == 0) ||
        (b[0] == 198 && b[1] is 18 or 19) ||
        b[0] >= 224);                                   // multicast and reserved

    /// <summary>An absolute http(s) URL without credentials; null when acceptable, else the reason in French.</summary>
    public static string? CheckUrl(string url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "URL absolue en http ou https attendue.";
        }
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "L'URL ne doit pas contenir d'identifiants.";
        }
        if (allowPrivate)
        {
            return null;
        }
        if (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "Adresse locale refusée.";
        }
        return IPAddress.TryParse(uri.Host, out var ip) && !IsPublic(ip) ? "Adresse privée, locale ou de lien local refusée." : null;
    }
}
