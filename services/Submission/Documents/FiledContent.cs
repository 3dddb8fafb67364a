using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;

namespace Defis.Submission.Documents;

/// <summary>
/// What the receipt's SHA-256 is taken of, defined once so that anyone can compute it again
/// (docs/documents/filing-receipt.md): the dossier's content as the API returns it (<c>defis.submission.v1.DossierContent</c>,
/// the <c>content</c> of GetDossier), written as protobuf JSON by Google.Protobuf's default formatter — members in the
/// order of their field numbers, proto (lowerCamel) names, fields left at their default value omitted, no spaces —
/// encoded in UTF-8 without a byte-order mark; the digest is written as 64 lower-case hexadecimal digits.
/// </summary>
public static class FiledContent
{
    public static byte[] CanonicalBytes(IMessage content) => new UTF8Encoding(false).GetBytes(JsonFormatter.Default.Format(content));

    public static string Sha256(IMessage content) => Convert.ToHexStringLower(SHA256.HashData(CanonicalBytes(content)));
}
