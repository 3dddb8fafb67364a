using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

/// <summary>The format of an export: sent as chosen, the platform's refusal said at the choice.</summary>
public sealed class ExportFormTests
{
    /// <summary>What the platform answers to another format (SpreadsheetExport.Format).</summary>
    private const string BadFormat = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"format","description":"Format attendu : « csv » ou « xlsx »."}]}]}
        """;

    [Theory]
    [InlineData("xlsx", "xlsx")]
    [InlineData("pdf", "pdf")]
    [InlineData(null, "")]
    public void The_format_is_sent_as_chosen_for_the_call(string? chosen, string sent)
    {
        var request = new ExportForm { Format = chosen }.ToRequest("CB21");

        Assert.Equal(("CB21", sent), (request.ProgrammeCode, request.Format));
    }

    [Fact]
    public void Csv_the_platforms_default_is_chosen_first()
    {
        Assert.Equal("csv", new ExportForm().Chosen);
        Assert.Equal(["csv", "xlsx"], ExportForm.Formats.Select(f => f.Value));
    }

    [Fact]
    public void A_refused_format_is_said_at_the_choice_with_the_platforms_words()
    {
        var errors = ExportForm.Refusal(BadFormat);

        Assert.Equal([("Export_Format", "Format du fichier", "Format attendu : « csv » ou « xlsx ».")], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }
}
