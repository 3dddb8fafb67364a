namespace Defis.Portal.SignIn;

/// <summary>
/// In a cluster the portal reads identity's discovery document and redeems codes at its Service (in-cluster, plain
/// HTTP, the issuer every validator knows), while browsers can only reach identity's public host: the addresses the
/// browser is sent to (authorization, end of session) keep their path and query but take the public scheme and host.
/// </summary>
public static class PublicProvider
{
    public static string BrowserAddress(string providerAddress, Uri? publicAuthority)
    {
        if (publicAuthority is null || !Uri.TryCreate(providerAddress, UriKind.Absolute, out var address))
        {
            return providerAddress;
        }
        var basePath = publicAuthority.AbsolutePath.TrimEnd('/');
        return new UriBuilder(address)
        {
            Scheme = publicAuthority.Scheme,
            Host = publicAuthority.Host,
            Port = publicAuthority.IsDefaultPort ? -1 : publicAuthority.Port,
            Path = basePath + address.AbsolutePath,
        }.Uri.AbsoluteUri;
    }
}
