using System.Security.Cryptography;
using System.Text;

namespace Defis.Dashboard.Otlp;

/// <summary>The optional ingestion key (header x-otlp-api-key), as Aspire's dashboard checks it.</summary>
public sealed class OtlpApiKey(string? expected)
{
    public const string Header = "x-otlp-api-key";

    public bool IsRequired => expected is { Length: > 0 };

    /// <summary>Compared in constant time so the key cannot be guessed byte by byte.</summary>
    public bool Accepts(string? presented) =>
        !IsRequired || (presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected!)));
}
