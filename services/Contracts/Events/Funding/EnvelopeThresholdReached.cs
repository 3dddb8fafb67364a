namespace Defis.Contracts.Events;

/// <summary>Commitments reached <paramref name="Percent"/> % (80, then 95) of the programme's envelope; announced once per threshold.</summary>
public sealed record EnvelopeThresholdReached(int Percent, long CommittedCents, long TotalCents) : FundingEvent;
