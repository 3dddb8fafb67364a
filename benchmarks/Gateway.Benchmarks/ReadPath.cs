using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Defis.Benchmarks.Gateway;

/// <summary>The request every door serves, and a check that each door answers it (and that the gateway does refuse a missing token).</summary>
public static class ReadPath
{
    /// <summary>"/api/v1/programmes/{code}" of the first seeded call.</summary>
    public static async Task<string> ProgrammeAsync(Uri service, string bearer)
    {
        using var http = Client(bearer);
        using var list = JsonDocument.Parse(await http.GetStringAsync(new Uri(service, "/api/v1/programmes")));
        var code = list.RootElement.GetProperty("programmes")[0].GetProperty("code").GetString();
        return $"/api/v1/programmes/{code}";
    }

    public static async Task CheckDoorsAsync(IEnumerable<(string Name, Uri Url)> doors, Uri gateway, string path, string bearer)
    {
        using var http = Client(bearer);
        foreach (var (name, url) in doors)
        {
            using var response = await http.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{name} answered {(int)response.StatusCode} to GET {url}");
            }
        }
        using var anonymous = new HttpClient();
        using var refused = await anonymous.GetAsync(new Uri(gateway, path));
        if (refused.StatusCode != HttpStatusCode.Unauthorized)
        {
            throw new InvalidOperationException($"the gateway answered {(int)refused.StatusCode} without a token: its policies are not on");
        }
    }

    private static HttpClient Client(string bearer) =>
        new() { DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", bearer) } };
}
