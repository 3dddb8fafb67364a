using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>One row of staff's own criteria on the grid form, as typed; a row left blank is no criterion.</summary>
public sealed class CriterionRow
{
    /// <summary>Weight and scale are at least 1 for the platform: a number not understood sends 0, which it always refuses.</summary>
    internal const int StandIn = 0;

    public const string NoWeight = "Indiquez le poids du critère, par exemple 1.";
    public const string BadWeight = "Indiquez un poids entier, par exemple 2.";
    public const string NoScale = "Indiquez la note maximale du critère, par exemple 5.";
    public const string BadScale = "Indiquez une note maximale entière, par exemple 5.";

    public string? Label { get; set; }

    public string? Code { get; set; }

    public string? Weight { get; set; }

    public string? ScaleMax { get; set; }

    public bool CommentRequired { get; set; }

    /// <summary>Nothing typed: the box alone does not make a criterion.</summary>
    public bool IsBlank => new[] { Label, Code, Weight, ScaleMax }.All(string.IsNullOrWhiteSpace);

    /// <summary>The criterion, with the row's own problems (a number it cannot read) in <paramref name="local"/>.</summary>
    /// <param name="fields">The row's inputs: label, code, weight, scale, comment, as <see cref="GridForm.RowFields"/> gives them.</param>
    public Criterion ToCriterion(IReadOnlyList<FormField> fields, FormErrors local) => new()
    {
        Label = Label?.Trim() ?? "",
        Code = Code?.Trim() ?? "",
        Weight = WholeNumber.Read(Weight, fields[2], NoWeight, BadWeight, StandIn, local),
        ScaleMax = WholeNumber.Read(ScaleMax, fields[3], NoScale, BadScale, StandIn, local),
        CommentRequired = CommentRequired,
    };
}
