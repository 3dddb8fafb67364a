using Defis.Contracts.Submission.V1;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using ProtoDate = Google.Type.Date;

namespace Defis.Portal.Forms;

/// <summary>
/// A call as programme staff draft it: its code and texts, the filing window as Paris days and times, its phases (each
/// taken or not, with its days and its grant range in euros), the phase asked at filing, the envelope, themes one per
/// line, the structures, maturities, expenses and sections it admits or requires, and its optional figures.
/// </summary>
public sealed partial class CallForm
{
    public const string FormId = "formulaire-appel";

    public sealed class PhaseLine
    {
        public Phase Phase { get; set; }

        public bool Included { get; set; }

        public string? StartsOn { get; set; }

        public string? EndsOn { get; set; }

        public string? MinGrant { get; set; }

        public string? MaxGrant { get; set; }
    }

    /// <summary>A day no calendar has: the platform is sure to refuse it, so a last day not understood is never read as "open-ended".</summary>
    internal static ProtoDate UnreadableDay => new() { Year = 1, Month = 13, Day = 1 };

    /// <summary>
    /// More than any envelope may hold: refused whatever else is typed, and, unlike nothing, never makes the phases'
    /// grants look larger than the envelope.
    /// </summary>
    internal const long UnreadableEnvelope = long.MaxValue;

    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? OpensDate { get; set; }

    public string? OpensTime { get; set; }

    public string? ClosesDate { get; set; }

    public string? ClosesTime { get; set; }

    /// <summary>The phases the form offers, one line each, in the calendar's order.</summary>
    private static readonly Phase[] FormPhases = [Phase.Exploration, Phase.Incubation, Phase.Experimentation];

    public List<PhaseLine> Phases { get; set; } = [.. FormPhases.Select(p => new PhaseLine { Phase = p, Included = true })];

    public string? ApplicationPhase { get; set; }

    public string? Envelope { get; set; }

    /// <summary>One theme per line.</summary>
    public string? Themes { get; set; }

    public List<string> LeadTypes { get; set; } = [];

    public List<string> Maturities { get; set; } = [];

    public List<string> Expenses { get; set; } = [];

    public List<string> Sections { get; set; } = [];

    public bool EuropeanProvidersOnly { get; set; }

    public string? DecisionDueDays { get; set; }

    public string? MinSelfFinancing { get; set; }

    public string? CollectiveAllowance { get; set; }

    public string? RetentionMonths { get; set; }

    /// <summary>
    /// Each input and the platform's field it edits, in the form's order. Only the phases taken are sent, so a phase's
    /// inputs edit the request's line of that rank. A day and its time edit one instant, and a minimum and a maximum one
    /// grant range: the platform's word on it goes next to the first of the two.
    /// </summary>
    public IReadOnlyList<FormField> Fields()
    {
        List<FormField> fields =
        [
            new("Form_Code", "code", "Code de l'appel"),
            new("Form_Title", "title", "Intitulé"),
            new("Form_Description", "description", "Présentation"),
            new("Form_OpensDate", "opensAt", "Jour d'ouverture"),
            new("Form_OpensTime", "opensAt", "Heure d'ouverture"),
            new("Form_ClosesDate", "closesAt", "Jour de clôture"),
            new("Form_ClosesTime", "closesAt", "Heure de clôture"),
            new(PhaseInput(0, nameof(PhaseLine.Included)), "phases", "Phases de l'appel"),
        ];
        var rank = 0;
        for (var line = 0; line < Phases.Count; line++)
        {
            if (Phases[line].Included)
            {
                fields.AddRange(PhaseFields(line, rank++));
            }
        }
        fields.AddRange(
        [
            new("Form_ApplicationPhase", "applicationPhase", "Phase demandée au dépôt"),
            new("Form_Envelope", "envelopeCents", "Enveloppe de l'appel"),
            new("Form_Themes", "themes", "Thématiques"),
            new("Form_LeadTypes", "allowedLeadTypes", "Structures porteuses admises"),
            new("Form_Maturities", "maturityLevels", "Niveaux de maturité admis"),
            new("Form_Expenses", "eligibleExpenses", "Dépenses éligibles"),
            new("Form_Sections", "requiredSections", "Parties obligatoires du dossier"),
            new("Form_EuropeanProvidersOnly", "europeanProvidersOnly", "Prestataires établis en Europe uniquement"),
            new("Form_DecisionDueDays", "decisionDueDays", "Délai de décision"),
            new("Form_MinSelfFinancing", "minSelfFinancingPercent", "Autofinancement minimal"),
            new("Form_CollectiveAllowance", "collectiveAllowancePercent", "Dépassement admis pour une candidature collective"),
            new("Form_RetentionMonths", "retentionMonths", "Conservation des dossiers"),
        ]);
        return fields;
    }

    public static string PhaseInput(int line, string property) => $"Form_Phases_{line}__{property}";

    /// <summary>
    /// The terms, with the form's own problems (a day, a time, an amount or a number it cannot read) in
    /// <paramref name="local"/>. Each such value is sent as a stand-in the platform always refuses (left out where the
    /// platform requires it), so the request changes nothing and the platform still names every other bad field.
    /// </summary>
    public ProgrammeTerms ToTerms(FormErrors local)
    {
        var fields = Fields();
        var terms = new ProgrammeTerms
        {
            Code = Code?.Trim() ?? "",
            Title = Title?.Trim() ?? "",
            Description = Description?.Trim() ?? "",
            ApplicationPhase = Enum.TryParse<Phase>(ApplicationPhase, out var applicationPhase) ? applicationPhase : Phase.Unspecified,
            EnvelopeCents = Euros(Envelope, "Form_Envelope", fields, local, standIn: UnreadableEnvelope),
            Themes = { (Themes ?? "").Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0) },
            AllowedLeadTypes = { Known<LeadStructureType>(LeadTypes) },
            MaturityLevels = { Known<MaturityLevel>(Maturities) },
            EligibleExpenses = { Known<ExpenseCategory>(Expenses) },
            RequiredSections = { Known<DossierSection>(Sections) },
            EuropeanProvidersOnly = EuropeanProvidersOnly,
            CollectiveAllowancePercent = Whole(CollectiveAllowance, "Form_CollectiveAllowance", fields, local, standIn: -1) ?? 0,
        };
        terms.OpensAt = Instant(OpensDate, OpensTime, "Form_OpensDate", "Form_OpensTime", fields, local);
        terms.ClosesAt = Instant(ClosesDate, ClosesTime, "Form_ClosesDate", "Form_ClosesTime", fields, local);
        terms.Phases.AddRange(Phases.Select((line, i) => (line, i)).Where(p => p.line.Included).Select(p => PhaseTerms(p.line, p.i, fields, local)));
        if (Whole(DecisionDueDays, "Form_DecisionDueDays", fields, local, standIn: 0) is { } days)
        {
            terms.DecisionDueDays = days;
        }
        if (Whole(MinSelfFinancing, "Form_MinSelfFinancing", fields, local, standIn: -1) is { } share)
        {
            terms.MinSelfFinancingPercent = share;
        }
        if (Whole(RetentionMonths, "Form_RetentionMonths", fields, local, standIn: 0) is { } months)
        {
            terms.RetentionMonths = months;
        }
        return terms;
    }

    /// <summary>A refusal's body as the form's errors, after the form's own (<see cref="FormErrors.FromRefusalBesides"/>).</summary>
    public FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusalBesides(body, Fields(), FormId, local);

    private IEnumerable<FormField> PhaseFields(int line, int rank)
    {
        var name = Display.French.Phase(Phases[line].Phase);
        return
        [
            new(PhaseInput(line, nameof(PhaseLine.Included)), $"phases[{rank}]", name),
            new(PhaseInput(line, nameof(PhaseLine.StartsOn)), $"phases[{rank}].startsOn", $"{name} : premier jour"),
            new(PhaseInput(line, nameof(PhaseLine.EndsOn)), $"phases[{rank}].endsOn", $"{name} : dernier jour"),
            new(PhaseInput(line, nameof(PhaseLine.MinGrant)), $"phases[{rank}].maxGrantCents", $"{name} : dotation minimale"),
            new(PhaseInput(line, nameof(PhaseLine.MaxGrant)), $"phases[{rank}].maxGrantCents", $"{name} : dotation maximale"),
        ];
    }

    private static PhaseTerms PhaseTerms(PhaseLine line, int index, IReadOnlyList<FormField> fields, FormErrors local)
    {
        var phase = new PhaseTerms
        {
            Phase = line.Phase,
            MinGrantCents = Euros(line.MinGrant, PhaseInput(index, nameof(PhaseLine.MinGrant)), fields, local, standIn: -1),
            MaxGrantCents = Euros(line.MaxGrant, PhaseInput(index, nameof(PhaseLine.MaxGrant)), fields, local, standIn: -1),
        };
        var (startsOn, startProblem) = ParisInput.Day(line.StartsOn);
        Say(local, fields, PhaseInput(index, nameof(PhaseLine.StartsOn)), startProblem);
        phase.StartsOn = startsOn is { } start ? DateOf(start) : null;
        var (endsOn, endProblem) = ParisInput.Day(line.EndsOn);
        Say(local, fields, PhaseInput(index, nameof(PhaseLine.EndsOn)), endProblem);
        phase.EndsOn = endsOn is { } end ? DateOf(end) : endProblem is null ? null : UnreadableDay;
        return phase;
    }

    private static Timestamp? Instant(string? date, string? time, string dateInput, string timeInput, IReadOnlyList<FormField> fields, FormErrors local) =>
        ParisInput.Read(date, time, Field(fields, dateInput), Field(fields, timeInput), local).Instant is { } instant ? Timestamp.FromDateTimeOffset(instant) : null;

    private static long Euros(string? typed, string input, IReadOnlyList<FormField> fields, FormErrors local, long standIn)
    {
        var reading = EuroAmount.Read(typed);
        Say(local, fields, input, reading.Problem);
        return reading.Problem is null ? reading.Cents ?? 0 : standIn;
    }

    private static int? Whole(string? typed, string input, IReadOnlyList<FormField> fields, FormErrors local, int standIn)
    {
        var reading = WholeNumber.Read(typed);
        Say(local, fields, input, reading.Problem);
        return reading.Problem is null ? reading.Value : standIn;
    }

    private static void Say(FormErrors local, IReadOnlyList<FormField> fields, string input, string? problem)
    {
        if (problem is not null)
        {
            local.Add(input, Field(fields, input).Label, problem);
        }
    }

    private static FormField Field(IReadOnlyList<FormField> fields, string input) => fields.First(f => f.Input == input);

    private static IEnumerable<T> Known<T>(IEnumerable<string> values) where T : struct, Enum =>
        values.Select(v => Enum.TryParse<T>(v, out var value) && Enum.IsDefined(value) ? value : default).Where(v => !v.Equals(default(T))).Distinct();

    private static ProtoDate DateOf(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
