using Defis.Portal.SignIn;

namespace Defis.Portal.UnitTests;

public sealed class PublicProviderTests
{
    [Theory]
    // Without a public address, browsers go where discovery says (local runs).
    [InlineData("http://identity:8080/connect/authorize", null, "http://identity:8080/connect/authorize")]
    [InlineData("http://identity:8080/connect/authorize", "https://identite.defis.example", "https://identite.defis.example/connect/authorize")]
    [InlineData("http://identity:8080/connect/endsession", "https://identite.defis.example:8443/", "https://identite.defis.example:8443/connect/endsession")]
    [InlineData("http://identity:8080/connect/authorize", "https://www.defis.example/identite/", "https://www.defis.example/identite/connect/authorize")]
    [InlineData("not an address", "https://identite.defis.example", "not an address")]
    public void Browsers_are_sent_to_the_public_host_with_the_same_path(string provider, string? publicAuthority, string expected) =>
        Assert.Equal(expected, PublicProvider.BrowserAddress(provider, publicAuthority is null ? null : new Uri(publicAuthority)));

    [Fact]
    public void The_query_sent_to_the_provider_travels_unchanged()
    {
        var sent = PublicProvider.BrowserAddress("http://identity:8080/connect/authorize?client_id=defis-portail&state=a%2Bb",
            new Uri("https://identite.defis.example"));

        Assert.Equal("https://identite.defis.example/connect/authorize?client_id=defis-portail&state=a%2Bb", sent);
    }
}
