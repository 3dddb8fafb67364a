namespace Defis.Portal.Forms;

/// <summary>
/// What the choices partial draws: a DSFR fieldset of checkboxes for a list field (several values, or none), its legend,
/// hint and every error of the field. The first box carries <see cref="Id"/>, so the error summary's link lands on it.
/// </summary>
public sealed record ChoicesView(string Id, string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options,
    IReadOnlyCollection<string> Selected, IEnumerable<string> Errors)
{
    public string? Hint { get; init; }

    public string ErrorId => Id + "-erreur";

    public string LegendId => Id + "-legende";

    public string BoxId(int index) => index == 0 ? Id : $"{Id}-{index}";
}
