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

    /// <summary>What Jury answers a president while a row is still sealed for them (docs/exports/ranking.md): a state, no field.</summary>
    private const string Sealed = """
        {"code":9,"message":"Le classement ne peut pas encore être exporté : il vous reste 1 évaluation à soumettre.","details":[
          {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[{"type":"RANKING_SEALED","subject":"panel","description":"Le classement ne peut pas encore être exporté : il vous reste 1 évaluation à soumettre."}]}]}
        """;

    [Fact]
    public void A_ranking_still_sealed_is_said_on_the_export_form_itself()
    {
        var errors = ExportForm.Refusal(Sealed);

        var entry = Assert.Single(errors.Summary);
        Assert.Equal(ExportForm.FormId, entry.Input);
        Assert.Contains("il vous reste 1 évaluation à soumettre", entry.Message);
    }

    [Theory]
    [InlineData("xlsx", "xlsx")]
    [InlineData("XLSX", "xlsx")]
    [InlineData("", "csv")]
    public void A_file_named_by_the_portal_takes_the_formats_extension_csv_by_default(string format, string extension)
    {
        Assert.Equal(extension, ExportForm.Extension(format));
    }
}
