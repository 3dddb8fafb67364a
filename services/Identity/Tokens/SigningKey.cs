using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Defis.Identity.Tokens;

/// <summary>
/// The RSA key the identity service signs access tokens with and publishes in its JWKS (RS256), read from the
/// PEM in Identity:SigningKey. Its key id is the key's JWK thumbprint, so it stays the same across restarts and
/// replicas and validators that cached the key set keep matching it.
/// </summary>
public static class SigningKey
{
    public static RsaSecurityKey FromPem(string? pem)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            throw new InvalidOperationException("Identity:SigningKey (an RSA private key in PEM) is not configured.");
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
