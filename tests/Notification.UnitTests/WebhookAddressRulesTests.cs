using System.Net;
using Defis.Notification.Domain.Webhooks;

namespace Defis.Notification.UnitTests;

public sealed class WebhookAddressRulesTests
{
    [Theory]
    [InlineData("0.1.2.3")]
    [InlineData("10.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("100.64.0.0")]
    [InlineData("100.127.255.255")]
    [InlineData("169.254.169.254")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("192.0.0.8")]
    [InlineData("198.18.0.1")]
    [InlineData("198.19.255.255")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fec0::1")]
    [InlineData("fd00::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    public void Private_local_and_reserved_addresses_are_not_public(string address)
    {
        Assert.False(WebhookAddressRules.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("1.1.1.1")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("169.253.0.1")]
    [InlineData("169.255.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.167.1.1")]
    [InlineData("192.169.1.1")]
    [InlineData("192.0.1.1")]
    [InlineData("192.1.0.1")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("223.255.255.255")]
    [InlineData("128.0.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_just_outside_the_private_ranges_are_public(string address)
    {
        Assert.True(WebhookAddressRules.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("ftp://partner.example/hook", "URL absolue")]
    [InlineData("/hook", "URL absolue")]
    [InlineData("https://user:pw@partner.example/hook", "identifiants")]
    [InlineData("https://localhost/hook", "locale")]
    [InlineData("http://LOCALHOST:8080/hook", "locale")]
    [InlineData("https://127.0.0.1/hook", "locale")]
    [InlineData("https://10.1.2.3/hook", "privée")]
    [InlineData("https://[fd00::1]/hook", "privée")]
    public void Urls_that_would_reach_our_own_network_or_carry_credentials_are_refused(string url, string reason)
    {
        Assert.Contains(reason, WebhookAddressRules.CheckUrl(url, allowPrivate: false));
    }

    [Theory]
    [InlineData("https://partner.example/hook")]
    [InlineData("http://partner.example/hook")]
    [InlineData("https://8.8.8.8/hook")]
    public void Public_http_and_https_urls_are_accepted(string url)
    {
        Assert.Null(WebhookAddressRules.CheckUrl(url, allowPrivate: false));
    }

    [Fact]
    public void In_development_local_addresses_are_allowed_but_not_credentials()
    {
        Assert.Null(WebhookAddressRules.CheckUrl("http://localhost:5000/hook", allowPrivate: true));
        Assert.Null(WebhookAddressRules.CheckUrl("http://10.0.0.1/hook", allowPrivate: true));
        Assert.NotNull(WebhookAddressRules.CheckUrl("http://u:p@localhost/hook", allowPrivate: true));
        Assert.NotNull(WebhookAddressRules.CheckUrl("file:///etc/passwd", allowPrivate: true));
    }
}
