namespace Defis.Portal.Forms;

/// <summary>
/// Every problem of a form at once: by input, to show next to it, and in the form's order for the error summary, each
/// linked to its input. A problem no input edits is still in the summary, linked to the form itself.
/// </summary>
public sealed class FormErrors
{
    public sealed record Entry(string Input, string Label, string Message);

    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Summary => _entries;

    public bool Any => _entries.Count > 0;

    public IEnumerable<string> For(string input) => _entries.Where(e => e.Input == input).Select(e => e.Message);

    public bool Has(string input) => _entries.Any(e => e.Input == input);

    public void Add(string input, string label, string message)
    {
        if (!_entries.Any(e => e.Input == input && e.Message == message))
        {
            _entries.Add(new Entry(input, label, message));
        }
    }

    /// <summary>
    /// Places each problem on the input editing its field, else on the input of the closest enclosing field, else on the
    /// first input inside it (a missing "teamMembers" on the first member's name), else on the first input of the object
    /// holding it (a line's unshown property on that line's first input), else on <paramref name="formId"/>. Summary
    /// entries follow the form's order.
    /// </summary>
    /// <remarks>The form's own problems (<paramref name="local"/>, e.g. an amount that is not a number) come first on their input.</remarks>
    public static FormErrors Map(IEnumerable<FieldProblem> problems, IReadOnlyList<FormField> fields, string formId, string formLabel, FormErrors? local = null)
    {
        var placed = problems.Select(p => (Problem: p, Field: Place(p.Field, fields))).ToList();
        var errors = new FormErrors();
        foreach (var field in fields)
        {
            foreach (var entry in local?.Summary.Where(e => e.Input == field.Input) ?? [])
            {
                errors.Add(entry.Input, entry.Label, entry.Message);
            }
            foreach (var (problem, _) in placed.Where(p => p.Field == field))
            {
                errors.Add(field.Input, field.Label, problem.Message);
            }
        }
        foreach (var entry in local?.Summary.Where(e => fields.All(f => f.Input != e.Input)) ?? [])
        {
            errors.Add(entry.Input, entry.Label, entry.Message);
        }
        foreach (var (problem, _) in placed.Where(p => p.Field is null))
        {
            errors.Add(formId, formLabel, problem.Message);
        }
        return errors;
    }

    public const string FormLabel = "Formulaire";

    /// <summary>
    /// A gateway 400's body as the form's errors: its field violations placed by <see cref="Map"/>; a refusal naming no
    /// field (a call closed meanwhile, a malformed request) is said once, on the form.
    /// </summary>
    public static FormErrors FromRefusal(string? body, IReadOnlyList<FormField> fields, string formId, FormErrors? local = null)
    {
        var problems = FieldProblem.Read(body);
        var errors = Map(problems, fields, formId, FormLabel, local);
        if (problems.Count == 0)
        {
            errors.Add(formId, FormLabel, FieldProblem.Summary(body) ?? "La demande a été refusée. Vérifiez le formulaire et réessayez.");
        }
        return errors;
    }

    /// <summary>
    /// As <see cref="FromRefusal"/>, for a form that knows what a refusal naming no field is about (a juror already on the
    /// panel, one at their maximum): its message is said at the input of <paramref name="path"/>.
    /// </summary>
    public static FormErrors FromRefusalAt(string path, string? body, IReadOnlyList<FormField> fields, string formId, FormErrors? local = null) =>
        FieldProblem.Read(body).Count == 0 && FieldProblem.Summary(body) is { } message
            ? Map([new FieldProblem(path, message)], fields, formId, FormLabel, local)
            : FromRefusal(body, fields, formId, local);

    /// <summary>
    /// As <see cref="FromRefusal"/>, for a form that sent a stand-in for what it could not read (so that the platform
    /// refuses the request and still names its other bad fields): the platform's word on such a field is left out, the
    /// form's own word on what was typed standing alone there.
    /// </summary>
    public static FormErrors FromRefusalBesides(string? body, IReadOnlyList<FormField> fields, string formId, FormErrors local)
    {
        var problems = FieldProblem.Read(body);
        if (problems.Count == 0)
        {
            return FromRefusal(body, fields, formId, local);
        }
        var unread = fields.Where(f => local.Has(f.Input)).Select(f => f.Path).ToHashSet();
        return Map(problems.Where(p => !unread.Contains(p.Field)), fields, formId, FormLabel, local);
    }

    private static FormField? Place(string path, IReadOnlyList<FormField> fields) =>
        fields.FirstOrDefault(f => f.Path == path)
        ?? fields.Where(f => Encloses(f.Path, path)).MaxBy(f => f.Path.Length)
        ?? fields.FirstOrDefault(f => Encloses(path, f.Path))
        ?? (Parent(path) is { } parent ? fields.FirstOrDefault(f => Encloses(parent, f.Path)) : null);

    /// <summary>
    /// The object holding a property the form does not show ("budget.lines[0]" of "budget.lines[0].amountCents"), whose
    /// first input then takes the problem. One level only: another item of a list is not the item shown.
    /// </summary>
    private static string? Parent(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : null;
    }

    private static bool Encloses(string outer, string inner) =>
        inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal) && inner[outer.Length] is '.' or '[';
}
