using System.Text.Json.Serialization;

namespace Defis.Contracts.Events;

/// <summary>Why a dossier's personal data was purged (decision 0032); written by name, so a reader outside .NET sees words.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PurgeReason>))]
public enum PurgeReason
{
    /// <summary>The call's retention lapsed.</summary>
    Retention = 1,

    /// <summary>A person asked for their data to be erased (RGPD art. 17) and no legal duty kept the dossier.</summary>
    Erasure = 2,
}

/// <summary>
/// Submission purged a dossier's personal data (decision 0032): every service removes what it holds of this dossier
/// (messages, files, comments, conflict declarations, notices, check-ins, contacts) and keeps only anonymous counts;
/// its audit trail records that the purge happened, never the purged values. Carries no personal data itself.
/// </summary>
public sealed record DossierPurged(Guid DossierId, string ProgrammeCode, PurgeReason Reason) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
