using Defis.Platform.IntegrationTests;
using Google.Protobuf;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>The longer request bodies of the table, written by the contracts' own JSON formatter.</summary>
public static class MatrixBodies
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    /// <summary>A valid new call, CB26, for staff to create.</summary>
    public static string Terms { get; } = Formatter.Format(WithCode(Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)), "CB26"));

    /// <summary>A valid new dossier in CB21.</summary>
    public static string Dossier { get; } = Formatter.Format(Requests.ValidDossier("Un autre défi"));

    /// <summary>A complete dossier content.</summary>
    public static string Content { get; } = Formatter.Format(Requests.CompleteContent());

    private static Defis.Contracts.Submission.V1.ProgrammeTerms WithCode(Defis.Contracts.Submission.V1.ProgrammeTerms terms, string code)
    {
        terms.Code = code;
        return terms;
    }
}
