using System.Net;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.UnitTests;

public sealed class InputRefusalsTests
{
    [Theory]
    [InlineData(HttpStatusCode.BadRequest, true)]
    [InlineData(HttpStatusCode.Conflict, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, true)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    public async Task Only_a_refusal_of_the_input_or_of_the_state_is_the_forms_to_show(HttpStatusCode status, bool shownByTheForm)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://passerelle.test/api/v1/jury/panels/p/decisions");
        using var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent("{}") };

        var refused = await ApiException.Create(request, HttpMethod.Post, response, new RefitSettings());

        Assert.Equal(shownByTheForm, refused.IsAboutTheInput());
    }

    [Fact]
    public void A_refused_form_is_its_page_again_answered_400()
    {
        var page = new AnyPage { PageContext = new PageContext { HttpContext = new DefaultHttpContext() } };

        var result = page.Refused();

        Assert.IsType<PageResult>(result);
        Assert.Equal(StatusCodes.Status400BadRequest, page.Response.StatusCode);
    }

    private sealed class AnyPage : PageModel;
}
