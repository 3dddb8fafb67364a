using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Defis.Gateway.Security;

/// <summary>
/// X-Forwarded-* headers are believed only from the proxies named in <c>Gateway:TrustedProxies</c> (addresses or
/// CIDR networks). ASP.NET Core trusts loopback by default, which let any local client pick its address per request
/// and dodge the per-IP rate limit: that default is cleared, so with no proxy configured the peer address counts.
/// See docs/decisions/0021-trusted-proxies.md.
/// </summary>
internal static class TrustedProxies
{
    public static void Configure(ForwardedHeadersOptions options, IEnumerable<string> trusted)
    {
        var entries = trusted.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToArray();
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        // With both lists empty the middleware would believe every peer: no proxy configured means no header read.
        options.ForwardedHeaders = entries.Length == 0 ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        foreach (var entry in entries)
        {
            if (entry.Contains('/', StringComparison.Ordinal))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(entry, out var network) ? network : throw Invalid(entry));
            }
            else
            {
                options.KnownProxies.Add(IPAddress.TryParse(entry, out var address) ? address : throw Invalid(entry));
            }
        }
    }

    private static InvalidOperationException Invalid(string entry) =>
        new($"Gateway:TrustedProxies holds '{entry}', which is neither an IP address nor a CIDR network (e.g. 10.0.0.0/8).");
}
