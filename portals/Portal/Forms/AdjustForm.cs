using Defis.Contracts.Funding.V1;

namespace Defis.Portal.Forms;

/// <summary>Finance changes a grant's amount, typed in euros, saying why (kept in the grant's history).</summary>
public sealed class AdjustForm
{
    public const string FormId = "formulaire-ajustement";

    /// <summary>Not positive: the platform refuses it whatever else the request says (see <see cref="ToRequest"/>).</summary>
    internal const long StandIn = 0;

    public string? Amount { get; set; }

    public string? Reason { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Ajustement_Montant", "amountCents", "Nouveau montant"),
        new("Ajustement_Motif", "reason", "Motif de l'ajustement"),
    ];

    /// <summary>
    /// The request, with the form's own problem with the amount (not one) in <paramref name="errors"/> and
    /// <see cref="StandIn"/> sent instead, which the platform refuses while still naming a missing reason. A blank amount
    /// is sent as zero: that the new amount must be positive is the platform's to say.
    /// </summary>
    public AdjustGrantRequest ToRequest(string grantId, FormErrors errors)
    {
        var cents = EuroAmount.Read(Amount, Fields[0], errors, StandIn);
        return new AdjustGrantRequest { GrantId = grantId, AmountCents = cents, Reason = Reason?.Trim() ?? "" };
    }

    /// <summary>The refusal after the form's own problems; a state refusal (all paid, a cancelled grant, the envelope) is said once, on the form.</summary>
    public static FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusalBesides(body, Fields, FormId, local);
}
