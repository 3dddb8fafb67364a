namespace Defis.Portal.Forms;

/// <summary>What the field partials draw: a DSFR input group with its label, hint and every error of the field, linked by aria-describedby.</summary>
public sealed record FieldView(string Id, string Name, string Label, string Value, IEnumerable<string> Errors)
{
    public string? Hint { get; init; }

    /// <summary>"text", "email", "textarea", "select" or "checkbox".</summary>
    public string Kind { get; init; } = "text";

    public string? Autocomplete { get; init; }

    public string? InputMode { get; init; }

    public IReadOnlyList<(string Value, string Label)> Options { get; init; } = [];

    public bool Checked { get; init; }

    /// <summary>Shown and sent but not typed in: a value the page does not let change (a call's code once drafted).</summary>
    public bool ReadOnly { get; init; }

    public string ErrorId => Id + "-erreur";

    public string HintId => Id + "-aide";

    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : HintId, Errors.Any() ? ErrorId : null }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
