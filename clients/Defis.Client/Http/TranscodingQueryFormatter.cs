using System.Reflection;
using Refit;

namespace Defis.Client.Http;

/// <summary>
/// Query values as the services' JSON transcoding reads them: a bool is "true" or "false" (Refit writes .NET's "True",
/// which transcoding refuses with 400); anything else as Refit writes it.
/// </summary>
public sealed class TranscodingQueryFormatter : IUrlParameterFormatter
{
    private readonly DefaultUrlParameterFormatter _default = new();

    public string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) =>
        value is bool flag ? (flag ? "true" : "false") : _default.Format(value, attributeProvider, type);
}
