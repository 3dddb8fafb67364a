namespace Defis.Jury.Domain;

/// <summary>An assignment of the book started (<paramref name="Started"/>) or ended: what the book announces.</summary>
public sealed record AssignmentChange(Assignment Assignment, bool Started);
