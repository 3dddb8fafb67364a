using System.Text.Json;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Errors;
using Defis.SharedKernel.Errors;

namespace Defis.ServiceDefaults.UnitTests;

public sealed class JsonShapeTests
{
    public static TheoryData<string, string[]> BadBodies => new()
    {
        { """{"budget":{"requestedAmountCents":"1e3"}}""", ["budget.requestedAmountCents"] },
        { """{"budget":{"requestedAmountCents":12.345}}""", ["budget.requestedAmountCents"] },
        { """{"budget":{"requestedAmountCents":9223372036854775808}}""", ["budget.requestedAmountCents"] },
        { """{"budget":{"requestedAmountCents":true}}""", ["budget.requestedAmountCents"] },
        { """{"budget":{"requestedAmountCents":1e3}}""", ["budget.requestedAmountCents"] },
        { """{"budget":{"lines":[{"amountCents":"12"},{"amountCents":"-"}]}}""", ["budget.lines[1].amountCents"] },
        { """{"budget":{"lines":{"amountCents":1}}}""", ["budget.lines"] },
        { """{"budget":"beaucoup"}""", ["budget"] },
        { """{"titre":"Défi","title":"Défi"}""", ["titre"] },
        { """{"actOfCandidacy":{"signed":"oui","level":"SIGNATORY_LEVEL_KING","signedOn":{"year":"deux mille"}}}""",
            ["actOfCandidacy.signed", "actOfCandidacy.level", "actOfCandidacy.signedOn.year"] },
        { """{"title":12,"maturity":99999999999}""", ["title", "maturity"] },
        { """[1,2]""", ["body"] },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public void Each_malformed_value_and_unknown_member_is_named_as_the_client_spelled_it(string json, string[] fields)
    {
        var errors = Check(json);

        Assert.Equal(fields, errors.Items.Select(v => v.Field));
        Assert.All(errors.Items, v => Assert.DoesNotContain("Exception", v.Description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"budget":{"requestedAmountCents":"9223372036854775807","lines":[{"amountCents":-5,"category":"EXPENSE_CATEGORY_INTELLECTUAL_SERVICES"}]}}""")]
    [InlineData("""{"budget":{"requested_amount_cents":12},"act_of_candidacy":{"signed":true,"level":2,"signedOn":null}}""")]
    [InlineData("""{"title":null,"partners":[],"territories":[]}""")]
    [InlineData("""{}""")]
    public void Well_formed_bodies_pass_in_json_or_proto_spelling(string json)
    {
        Assert.False(Check(json).Any);
    }

    [Theory]
    [InlineData("page_size", "12", false)]
    [InlineData("pageSize", "12.5", true)]
    [InlineData("page_size", "99999999999", true)]
    [InlineData("status", "DOSSIER_STATUS_SUBMITTED", false)]
    [InlineData("status", "SOUMIS", true)]
    [InlineData("cache_buster", "x", false)]
    public void Query_values_are_checked_against_their_field(string name, string value, bool refused)
    {
        var errors = new FieldViolations();

        JsonShape.CheckQueryValue(value, ListDossiersRequest.Descriptor, name, errors);

        Assert.Equal(refused, errors.Any);
    }

    [Theory]
    [InlineData("budget.lines[1].provider_country", "budget.lines[1].providerCountry")]
    [InlineData("act_of_candidacy.signed", "actOfCandidacy.signed")]
    [InlineData("page_token", "pageToken")]
    [InlineData("title", "title")]
    public void Proto_paths_read_as_json_paths(string proto, string json)
    {
        Assert.Equal(json, JsonFieldNames.ToJsonPath(proto));
    }

    private static FieldViolations Check(string json)
    {
        var errors = new FieldViolations();
        using var document = JsonDocument.Parse(json);
        JsonShape.Check(document.RootElement, DossierContent.Descriptor, "", errors);
        return errors;
    }
}
