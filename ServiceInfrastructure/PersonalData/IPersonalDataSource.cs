namespace Defis.ServiceInfrastructure.PersonalData;

/// <summary>What one service holds about a person: each service writes its own, reading only (decision 0030).</summary>
public interface IPersonalDataSource
{
    Task<PersonalDataPart> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken);
}

/// <summary>
/// The service's part: <paramref name="Data"/> serialised as it is (records of plain values), and what is deliberately
/// left out and why, in French, so that the person reads it in the document itself.
/// </summary>
public sealed record PersonalDataPart(object Data, IReadOnlyList<string> NotIncluded);
