using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Defis.Identity.Tokens;

/// <summary>
/// The key that encrypts authorization codes and refresh tokens, derived (HKDF-SHA256) from the signing key every
/// replica already holds: a code issued by one replica is redeemed at another, and a refresh token outlives a restart,
/// with no second secret to provision or rotate. Rotating the signing key ends the codes and refresh tokens in flight,
/// and people sign in again (decision 0036).
/// </summary>
public static class EncryptionKey
{
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("Défis identity: authorization codes and refresh tokens");

    public static SymmetricSecurityKey DerivedFrom(RsaSecurityKey signingKey)
    {
        var secret = signingKey.Rsa.ExportPkcs8PrivateKey();
        try
        {
            var key = new SymmetricSecurityKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: [], info: Purpose));
            key.KeyId = Base64UrlEncoder.Encode(SHA256.HashData(key.Key))[..16];
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
