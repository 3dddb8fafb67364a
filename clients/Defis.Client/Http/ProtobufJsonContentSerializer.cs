using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using Google.Protobuf;
using Refit;

namespace Defis.Client.Http;

/// <summary>
/// Bodies are the contracts' protobuf messages in the JSON the services' transcoding reads and writes
/// (camelCase, enums by name, 64-bit integers as strings, timestamps in RFC 3339), which System.Text.Json
/// would get wrong. Unknown fields are ignored so that an older client survives a newer service.
/// </summary>
public sealed class ProtobufJsonContentSerializer : IHttpContentSerializer
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public HttpContent ToHttpContent<T>(T item)
    {
        var message = item as IMessage ?? throw new ArgumentException($"{typeof(T).Name} is not a contract message.", nameof(item));
        return new StringContent(Formatter.Format(message), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
    }

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        var json = await content.ReadAsStringAsync(cancellationToken);
        var descriptor = ((IMessage)Activator.CreateInstance(typeof(T))!).Descriptor;
        return (T)Parser.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json, descriptor);
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => null;
}
