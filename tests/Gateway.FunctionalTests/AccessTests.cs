using System.Net;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Gateway.FunctionalTests;

/// <summary>Coarse access at the door: 401 without a valid token for the platform, 403 for a role the route does not serve.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AccessTests(GatewayPlatform platform)
{
    public static TheoryData<string?, string, string, HttpStatusCode> Matrix => new()
    {
        { null, "GET", "/api/v1/programmes", HttpStatusCode.Unauthorized },
        { null, "POST", "/api/v1/dossiers", HttpStatusCode.Unauthorized },
        { Roles.Applicant, "GET", "/api/v1/programmes", HttpStatusCode.OK },
        { Roles.Applicant, "POST", "/api/v1/programmes", HttpStatusCode.Forbidden },
        { Roles.ProgrammeStaff, "POST", "/api/v1/programmes", HttpStatusCode.Created },
        { Roles.Applicant, "GET", "/api/v1/programmes/drafts", HttpStatusCode.Forbidden },
        { Roles.ProgrammeStaff, "GET", "/api/v1/programmes/drafts", HttpStatusCode.OK },
        { Roles.Applicant, "POST", "/api/v1/dossiers", HttpStatusCode.Created },
        { Roles.MinistryPartner, "GET", "/api/v1/dossiers/by-reference/CB21-0001", HttpStatusCode.Forbidden },
        { Roles.Juror, "GET", "/api/v1/jury/me/assignments", HttpStatusCode.OK },
        { Roles.Applicant, "GET", "/api/v1/jury/me/assignments", HttpStatusCode.Forbidden },
        { Roles.Juror, "GET", "/api/v1/jury/me/panels", HttpStatusCode.OK },
        { Roles.PanelPresident, "GET", "/api/v1/jury/me/panels", HttpStatusCode.OK },
        { Roles.Applicant, "GET", "/api/v1/jury/me/panels", HttpStatusCode.Forbidden },
        { Roles.PanelPresident, "GET", "/api/v1/jury/panels/p/decisions", HttpStatusCode.OK },
        { Roles.ProgrammeStaff, "GET", "/api/v1/jury/panels/p/decisions", HttpStatusCode.OK },
        { Roles.Coach, "GET", "/api/v1/jury/panels/p/decisions", HttpStatusCode.Forbidden },
        { Roles.MinistryPartner, "GET", "/api/v1/funding/programmes/p/events", HttpStatusCode.OK },
        { Roles.FinanceOfficer, "GET", "/api/v1/funding/programmes/p/events", HttpStatusCode.OK },
        { Roles.Applicant, "GET", "/api/v1/funding/programmes/p/events", HttpStatusCode.Forbidden },
        { Roles.Applicant, "GET", "/api/v1/funding/grants/g", HttpStatusCode.OK },
        { Roles.Applicant, "GET", "/api/v1/funding/me/grants", HttpStatusCode.OK },
        { Roles.Coach, "GET", "/api/v1/funding/me/grants", HttpStatusCode.Forbidden },
        { Roles.Coach, "GET", "/api/v1/accompaniment/coach/plans", HttpStatusCode.OK },
        { Roles.Juror, "GET", "/api/v1/accompaniment/coach/plans", HttpStatusCode.Forbidden },
        { Roles.Coach, "GET", "/api/v1/inbox", HttpStatusCode.OK },
        { null, "GET", "/api/v1/audit/funding/verification", HttpStatusCode.Unauthorized },
        { Roles.ProgrammeStaff, "GET", "/api/v1/audit/funding/verification", HttpStatusCode.OK },
        { Roles.ProgrammeStaff, "GET", "/api/v1/audit/submission/entries", HttpStatusCode.OK },
        { Roles.FinanceOfficer, "GET", "/api/v1/audit/funding/entries", HttpStatusCode.Forbidden },
        { Roles.PanelPresident, "GET", "/api/v1/audit/jury/entries", HttpStatusCode.Forbidden },
        { Roles.Applicant, "GET", "/api/v1/audit/submission/entries/export", HttpStatusCode.Forbidden },
        { null, "POST", "/api/v1/dossiers/exports/CB21/jobs", HttpStatusCode.Unauthorized },
        { Roles.ProgrammeStaff, "POST", "/api/v1/dossiers/exports/CB21/jobs", HttpStatusCode.Created },
        { Roles.Applicant, "POST", "/api/v1/dossiers/exports/CB21/jobs", HttpStatusCode.Forbidden },
        { Roles.ProgrammeStaff, "GET", "/api/v1/dossiers/export-jobs/j/file", HttpStatusCode.OK },
        { Roles.FinanceOfficer, "GET", "/api/v1/dossiers/export-jobs/j", HttpStatusCode.Forbidden },
        { Roles.Juror, "GET", "/api/v1/dossiers/export-jobs/j/file", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_route_answers_each_role_as_its_policy_says(string? role, string method, string path, HttpStatusCode expected)
    {
        var token = role is null ? null : TestTokens.For($"{role}-{Guid.NewGuid():N}", role);
        using var gateway = GatewayPlatform.Client(platform.GatewayA, token);

        using var response = await gateway.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json") : null,
        }, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Expired_wrong_audience_or_foreign_tokens_are_unauthenticated()
    {
        string[] tokens =
        [
            TestTokens.Create("late", [Roles.Applicant], TimeSpan.FromHours(-1)),
            TestTokens.Create("elsewhere", [Roles.Applicant], TimeSpan.FromHours(1), audience: "another-platform"),
            TestTokens.Create("forger", [Roles.Applicant], TimeSpan.FromHours(1), key: System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ];
        foreach (var token in tokens)
        {
            using var gateway = GatewayPlatform.Client(platform.GatewayA, token);
            using var response = await gateway.GetAsync("/api/v1/dossiers", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
