namespace Defis.Portal.Forms;

/// <summary>An input of a form (its id and name), the platform field it edits (JSON path) and its label, for the error summary.</summary>
public sealed record FormField(string Input, string Path, string Label);
