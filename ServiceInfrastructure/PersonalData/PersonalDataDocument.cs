using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Defis.SharedKernel.Time;

namespace Defis.ServiceInfrastructure.PersonalData;

/// <summary>
/// One service's part as the person downloads it: which service, whose, when it was made, what is left out, then the
/// data. UTF-8, indented, camelCase English names, enum values as camelCase words, instants in Paris time (ISO 8601
/// with the offset) whatever the server's zone.
/// </summary>
public sealed record PersonalDataDocument(string Service, string PersonId, DateTimeOffset GeneratedAt, IReadOnlyList<string> NotIncluded, object Data)
{
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // The document is a downloaded file read by people, never embedded in a page: French text stays readable
        // ("l'école", not "l\u0027\u00E9cole").
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new ParisInstant() },
    };

    /// <summary>The data is serialised by its runtime type: each service's own records, not <c>object</c>.</summary>
    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    private sealed class ParisInstant : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(ParisTime.ToParis(value).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
    }
}
