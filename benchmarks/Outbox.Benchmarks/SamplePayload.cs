namespace Defis.Benchmarks.Outbox;

internal static class SamplePayload
{
    /// <summary>About the size of a DossierDraftCreated event, so both sides move the same bytes.</summary>
    public const string Json = """
        {"dossierId":"0192b1d2-0000-7000-8000-000000000000","programmeCode":"CB21","title":"Accueillir les parents allophones à l'école",
         "leadStructureName":"Rectorat de l'académie de Lyon","createdBy":"agent-lyon","contactEmail":"equipe.projet@ac-lyon.fr",
         "eventId":"0192b1d2-0000-7000-8000-000000000001","occurredAt":"2021-09-01T10:00:00+00:00","schemaVersion":1}
        """;
}
