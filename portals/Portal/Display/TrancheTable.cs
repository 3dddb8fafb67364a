using Defis.Contracts.Funding.V1;

namespace Defis.Portal.Display;

/// <summary>
/// A grant's tranches as one table (<c>Pages/Shared/_Tranches.cshtml</c>), the same for finance and for the laureate:
/// <paramref name="Action"/>, when given, adds a last column with what the reader may do on each tranche (finance pays
/// a manual one by hand); the laureate only reads.
/// </summary>
public sealed record TrancheTable(string Id, string Caption, Grant Grant, Func<Tranche, object>? Action = null);
