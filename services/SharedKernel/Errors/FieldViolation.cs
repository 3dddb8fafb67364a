namespace Defis.SharedKernel.Errors;

/// <summary>One bad field of a request: its proto field path (e.g. "lead_structure.siret") and what is wrong, in French.</summary>
public sealed record FieldViolation(string Field, string Description);
