namespace Defis.Jury.Domain;

/// <summary>
/// One scored dimension of a grid: a stable code (what reviews refer to), a French label, a positive
/// weight, a scale from 0 to <see cref="ScaleMax"/> (0–5, 0–3…) and whether a comment is required.
/// </summary>
public sealed record Criterion(string Code, string Label, int Weight, int ScaleMax, bool CommentRequired);
