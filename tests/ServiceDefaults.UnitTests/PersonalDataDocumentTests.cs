using System.Text;
using Defis.ServiceInfrastructure.PersonalData;

namespace Defis.ServiceDefaults.UnitTests;

/// <summary>A part of a person's data as they download it (decision 0030): Paris times, camelCase names and words, readable French.</summary>
public sealed class PersonalDataDocumentTests
{
    private enum Role
    {
        CoEditor = 2,
    }

    private sealed record Sample(Role YourRole, string Title, DateTimeOffset InWinter, DateTimeOffset? InSummer, DateTimeOffset? Never);

    [Fact]
    public void Instants_are_in_Paris_time_names_and_enum_values_in_camel_case_and_French_stays_readable()
    {
        var data = new Sample(Role.CoEditor, "Accueillir les parents à l'école", new DateTimeOffset(2026, 12, 4, 13, 5, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero), null);
        var document = new PersonalDataDocument("submission", "agent-lyon", new DateTimeOffset(2026, 12, 4, 23, 30, 0, TimeSpan.Zero),
            ["Les dossiers d'autres équipes."], data);

        var json = Encoding.UTF8.GetString(document.ToUtf8Json());

        Assert.Contains("\"generatedAt\": \"2026-12-05T00:30:00.000+01:00\"", json);
        Assert.Contains("\"inWinter\": \"2026-12-04T14:05:00.000+01:00\"", json);
        Assert.Contains("\"inSummer\": \"2026-07-01T14:00:00.000+02:00\"", json);
        Assert.Contains("\"never\": null", json);
        Assert.Contains("\"yourRole\": \"coEditor\"", json);
        Assert.Contains("\"title\": \"Accueillir les parents à l'école\"", json);
        Assert.Contains("\"notIncluded\": [\n    \"Les dossiers d'autres équipes.\"\n  ]", json.ReplaceLineEndings("\n"));
        Assert.StartsWith("{\n  \"service\": \"submission\",\n  \"personId\": \"agent-lyon\"", json.ReplaceLineEndings("\n"));
    }
}
