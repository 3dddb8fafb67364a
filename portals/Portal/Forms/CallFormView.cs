namespace Defis.Portal.Forms;

/// <summary>
/// What the call form partial draws, for a call drafted or a draft corrected: the form, its errors, the form's accessible
/// name, its button, and whether the code is the call's already (it then does not change).
/// </summary>
public sealed record CallFormView(CallForm Form, FormErrors Errors, string Name, string Submit, bool CodeFixed);
