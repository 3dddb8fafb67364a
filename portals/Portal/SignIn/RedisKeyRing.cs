using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using StackExchange.Redis;

namespace Defis.Portal.SignIn;

/// <summary>
/// Data Protection's key ring in one Redis list, shared by every replica of the portal (what Microsoft's
/// DataProtection.StackExchangeRedis package does, written against the StackExchange.Redis the platform pins rather
/// than bring a second major version of it in). Keys are added, never changed: a push is all a new key needs.
/// </summary>
public sealed class RedisKeyRing(Func<IDatabase> database) : IXmlRepository
{
    public const string Key = "defis:portal:data-protection-keys";

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. database().ListRange(Key).Select(value => XElement.Parse((string)value!))];

    public void StoreElement(XElement element, string friendlyName) =>
        database().ListRightPush(Key, element.ToString(SaveOptions.DisableFormatting));
}
