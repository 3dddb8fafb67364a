using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// A panel's grid: one of the known calls' grids, or staff's own criteria typed in <see cref="RowCount"/> rows (no
/// script adds rows; blank ones are left out). The platform numbers the criteria it is sent, so each of its words on
/// « criteria[k] » goes back to the row that criterion was typed in.
/// </summary>
public sealed class GridForm
{
    public const string FormId = "formulaire-grille";

    public const int RowCount = 6;

    private const string ChoiceInput = "Grille_DefaultGrid";
    private const string ChoiceLabel = "Grille de départ";

    public DefaultGrid DefaultGrid { get; set; }

    public List<CriterionRow> Criteria { get; set; } = [.. Enumerable.Range(0, RowCount).Select(_ => new CriterionRow())];

    /// <summary>The row to draw at <paramref name="index"/>, blank when the post did not carry it.</summary>
    public CriterionRow Row(int index) => Criteria.ElementAtOrDefault(index) ?? new CriterionRow();

    /// <summary>The indexes of the rows sent, in order: the k-th is the platform's « criteria[k] ».</summary>
    public IReadOnlyList<int> SentRows => [.. Criteria.Index().Where(r => !r.Item.IsBlank).Select(r => r.Index)];

    /// <summary>
    /// The form's inputs and the fields they edit. A word on the criteria as a whole (none, scales without a common
    /// multiple) goes to the first row sent, or to the choice of grid when no row was filled.
    /// </summary>
    public IReadOnlyList<FormField> Fields
    {
        get
        {
            var sent = SentRows;
            var whole = sent.Count == 0 ? new FormField(ChoiceInput, "criteria", ChoiceLabel) : RowFields(sent[0], 0)[0] with { Path = "criteria" };
            return [new(ChoiceInput, "defaultGrid", ChoiceLabel), whole, .. sent.SelectMany(RowFields)];
        }
    }

    /// <summary>Row <paramref name="row"/>'s inputs (label, code, weight, scale, comment), sent as criterion <paramref name="sent"/>.</summary>
    public static IReadOnlyList<FormField> RowFields(int row, int sent) =>
    [
        new(RowInput(row, nameof(CriterionRow.Label)), $"criteria[{sent}].label", $"Critère {row + 1} : libellé"),
        new(RowInput(row, nameof(CriterionRow.Code)), $"criteria[{sent}].code", $"Critère {row + 1} : code"),
        new(RowInput(row, nameof(CriterionRow.Weight)), $"criteria[{sent}].weight", $"Critère {row + 1} : poids"),
        new(RowInput(row, nameof(CriterionRow.ScaleMax)), $"criteria[{sent}].scaleMax", $"Critère {row + 1} : note maximale"),
        new(RowInput(row, nameof(CriterionRow.CommentRequired)), $"criteria[{sent}].commentRequired", $"Critère {row + 1} : commentaire obligatoire"),
    ];

    public static string RowInput(int row, string property) => $"Grille_Criteria_{row}__{property}";

    /// <summary>The request, with the form's own problems (a weight or a scale it cannot read) in <paramref name="local"/>.</summary>
    public DefineGridRequest ToRequest(string panelId, FormErrors local)
    {
        var request = new DefineGridRequest { PanelId = panelId, DefaultGrid = DefaultGrid };
        request.Criteria.AddRange(SentRows.Select((row, sent) => Criteria[row].ToCriterion(RowFields(row, sent), local)));
        return request;
    }

    /// <summary>A refusal's body as the form's errors, after the form's own (<see cref="FormErrors.FromRefusalBesides"/>).</summary>
    public FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusalBesides(body, Fields, FormId, local);
}
