using Defis.Portal.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Defis.Portal.UnitTests;

public sealed class ErrorPageTests
{
    [Fact]
    public void A_body_the_server_refused_to_read_keeps_its_status_and_a_bug_is_500()
    {
        Assert.Equal(StatusCodes.Status413PayloadTooLarge,
            Extensions.StatusOf(new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge)));
        Assert.Equal(StatusCodes.Status400BadRequest, Extensions.StatusOf(new BadHttpRequestException("Unexpected end of request content.")));
        Assert.Equal(StatusCodes.Status500InternalServerError, Extensions.StatusOf(new InvalidOperationException("bug")));
    }

    [Fact]
    public void An_error_re_executed_here_is_said_by_the_status_it_left_and_a_status_page_by_its_code()
    {
        var page = new ErrorModel { PageContext = new PageContext { HttpContext = new DefaultHttpContext() } };
        page.HttpContext.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;

        page.OnPost(null);
        Assert.Equal("Envoi trop volumineux", page.Title);
        Assert.Contains("20 Mo", page.Explanation);

        page.OnGet(StatusCodes.Status404NotFound);
        Assert.Equal("Page non trouvée", page.Title);
    }

    [Fact]
    public void An_unknown_status_or_none_is_the_unexpected_error()
    {
        var page = new ErrorModel();

        page.OnGet(null);

        Assert.Equal("Erreur inattendue", page.Title);
    }
}
