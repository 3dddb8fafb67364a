using System.Net;
using System.Security.Claims;
using System.Text;
using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Defis.Portal.Gateway;
using Defis.Portal.Pages.Instruction;
using Google.Protobuf;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Defis.Portal.UnitTests;

/// <summary>
/// A draft is deleted from its page only once the box is ticked, checked by the page itself whatever the browser sent;
/// then staff are back on the list of calls in preparation, told so. A call published meanwhile is said on the form.
/// </summary>
public sealed class DraftDeletionTests
{
    private const string Code = "CB27";

    [Fact]
    public void The_form_lets_the_deletion_go_only_once_its_box_is_ticked()
    {
        var unticked = new FormErrors();
        var ticked = new FormErrors();

        Assert.False(new DraftDeletionForm { Confirmed = false }.MaySend(unticked));
        Assert.True(new DraftDeletionForm { Confirmed = true }.MaySend(ticked));

        Assert.Equal([("Suppression_Confirmation", "Confirmation de la suppression", DraftDeletionForm.NotConfirmed)],
            DraftDeletionForm.Unsent(unticked).Summary.Select(e => (e.Input, e.Label, e.Message)));
        Assert.False(ticked.Any);
    }

    [Fact]
    public async Task An_unticked_deletion_is_never_sent_and_the_page_asks_for_the_confirmation()
    {
        var gateway = new Gateway(HttpStatusCode.OK, "{}");
        var page = Page(gateway, confirmed: false);

        var result = await page.OnPostSuppressionAsync(Code, TestContext.Current.CancellationToken);

        Assert.IsType<PageResult>(result);
        Assert.Equal(StatusCodes.Status400BadRequest, page.Response.StatusCode);
        Assert.DoesNotContain(gateway.Received, r => r.Method == HttpMethod.Delete);
        Assert.Equal([DraftDeletionForm.NotConfirmed], page.Errors.For("Suppression_Confirmation"));
        Assert.Equal(Code, page.Programme.Code);
    }

    [Fact]
    public async Task A_confirmed_deletion_is_sent_once_then_the_list_of_calls_in_preparation_says_so()
    {
        var gateway = new Gateway(HttpStatusCode.OK, "{}");
        var page = Page(gateway, confirmed: true);

        var result = await page.OnPostSuppressionAsync(Code, TestContext.Current.CancellationToken);

        Assert.Equal("/instruction?supprime=CB27", Assert.IsType<RedirectResult>(result).Url);
        Assert.Equal((HttpMethod.Delete, "/api/v1/programmes/CB27"), Assert.Single(gateway.Received));
    }

    [Fact]
    public async Task A_call_published_meanwhile_is_said_once_on_the_deletion_s_form()
    {
        const string message = "L'appel CB27 a été publié : il ne peut plus être supprimé, seulement archivé une fois clos.";
        var gateway = new Gateway(HttpStatusCode.BadRequest, $$"""{"code":9,"message":"{{message}}"}""");
        var page = Page(gateway, confirmed: true);

        var result = await page.OnPostSuppressionAsync(Code, TestContext.Current.CancellationToken);

        Assert.IsType<PageResult>(result);
        Assert.Equal([(DraftDeletionForm.FormId, message)], page.Errors.Summary.Select(e => (e.Input, e.Message)));
    }

    private static BrouillonModel Page(Gateway gateway, bool confirmed)
    {
        var services = new ServiceCollection().AddSingleton<IAuthenticationService, SignedIn>().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        var platform = new PlatformAccess(new HttpContextAccessor { HttpContext = context }, gateway,
            Options.Create(new PortalSettings { Gateway = new Uri("http://passerelle.test") }));
        return new BrouillonModel(platform)
        {
            PageContext = new PageContext { HttpContext = context },
            Suppression = new DraftDeletionForm { Confirmed = confirmed },
        };
    }

    /// <summary>The gateway: the draft for a read, <c>deletion</c> for a deletion; remembers what it received.</summary>
    private sealed class Gateway(HttpStatusCode status, string deletion) : HttpMessageHandler, IHttpMessageHandlerFactory
    {
        public List<(HttpMethod Method, string Path)> Received { get; } = [];

        public HttpMessageHandler CreateHandler(string name) => this;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Received.Add((request.Method, request.RequestUri!.AbsolutePath));
            var draft = new Programme { Code = Code, Status = ProgrammeStatus.Draft, Terms = new ProgrammeTerms { Code = Code } };
            var (answer, body) = request.Method == HttpMethod.Get ? (HttpStatusCode.OK, JsonFormatter.Default.Format(draft)) : (status, deletion);
            return Task.FromResult(new HttpResponseMessage(answer) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }

    /// <summary>A person signed in, whose session holds an access token.</summary>
    private sealed class SignedIn : IAuthenticationService
    {
        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            var properties = new AuthenticationProperties();
            properties.StoreTokens([new AuthenticationToken { Name = "access_token", Value = "jeton" }]);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity("test")), properties, "test")));
        }

        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;

        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;

        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) => Task.CompletedTask;

        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;
    }
}
