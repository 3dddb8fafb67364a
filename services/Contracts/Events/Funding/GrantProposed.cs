namespace Defis.Contracts.Events;

/// <summary>A selected dossier got a grant proposal: the jury's recommended amount, else the phase default. Nothing is committed yet.</summary>
public sealed record GrantProposed(Guid GrantId, Guid DossierId, string Phase, long AmountCents, long SelfFinancingCents) : FundingEvent;
