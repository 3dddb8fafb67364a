using Defis.SharedKernel.Decisions;
using Defis.SharedKernel.Time;
using static Defis.SharedKernel.Text.FrenchTypography;

namespace Defis.ServiceInfrastructure.Documents;

/// <summary>What a decision replaced, as far as Submission knows it (the time and outcome are unknown when the correction arrived first).</summary>
public sealed record ReplacedDecision(Guid? DecisionId, DateTimeOffset? DecidedAt, bool? Selected);

/// <summary>
/// The letter of a released jury decision for one dossier and phase, or of its correction. Its sentences are the
/// notice's (<see cref="DecisionWording"/>), with French typography; <see cref="DecisionLetterPdf"/> lays them out.
/// </summary>
public sealed record DecisionLetter(
    string Reference,
    string ProgrammeCode,
    string ProgrammeTitle,
    string DossierTitle,
    string LeadStructureName,
    string Phase,
    bool Selected,
    string? Rationale,
    Guid DecisionId,
    DateTimeOffset DecidedAt,
    ReplacedDecision? Replaced,
    DateTimeOffset IssuedAt)
{
    private bool Corrected => Replaced is not null;

    public string Heading => Sentence(DecisionWording.Subject(Reference, Selected, Corrected));

    public string DocumentTitle => Heading;

    public IReadOnlyList<(string Label, string Value)> Facts =>
    [
        (Label("Référence du dossier"), Reference),
        (Label("Appel"), ProgrammeTitle.Length > 0 ? $"{ProgrammeCode} — {ProgrammeTitle}" : ProgrammeCode),
        (Label("Titre du dossier"), Quoted(DossierTitle)),
        (Label("Structure cheffe de file"), LeadStructureName),
        (Label("Décision publiée le"), $"{ParisTime.Format(DecidedAt)} (heure de Paris)"),
    ];

    /// <summary>The body: for a correction, what it replaces first; then the notice's sentences.</summary>
    public IReadOnlyList<string> Paragraphs =>
    [
        .. Corrected ? [Sentence(DecisionWording.CorrectionNotice), ReplacesSentence()] : Array.Empty<string>(),
        Sentence(DecisionWording.Outcome(Reference, DecisionWording.Programme(ProgrammeCode, ProgrammeTitle), Phase, Selected)),
        .. DecisionWording.Rationale(Rationale) is { } motivation ? [Sentence(motivation)] : Array.Empty<string>(),
        Sentence(DecisionWording.NextStep(Selected)),
    ];

    public string DecisionLabel => Label("Identifiant de la décision");

    public string Issued => $"Émis le {ParisTime.Format(IssuedAt)} (heure de Paris).";

    private string ReplacesSentence()
    {
        var (id, at, selected) = Replaced!;
        var when = at is { } time ? $" publiée le {ParisTime.Format(time)}" : "";
        var what = selected switch { true => ", qui retenait votre dossier", false => ", qui ne retenait pas votre dossier", _ => "" };
        var which = id is { } decision ? $" (identifiant {decision})" : "";
        return Sentence($"Elle remplace la décision du jury{when}{what}{which}.");
    }
}
