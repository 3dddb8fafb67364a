namespace Defis.Correspondence.Domain.Annotations;

/// <summary>A private note of programme staff on a dossier: never shown to the team or to jurors.</summary>
public sealed class Annotation
{
    public const int MaxBodyLength = 10_000;

    public Guid Id { get; private init; }

    public Guid DossierId { get; private init; }

    public string AuthorId { get; private init; } = "";

    public string Body { get; private init; } = "";

    public DateTimeOffset WrittenAt { get; private init; }

    private Annotation()
    {
    }

    public static Annotation Write(Guid id, Guid dossierId, string authorId, string body, DateTimeOffset now) =>
        new() { Id = id, DossierId = dossierId, AuthorId = authorId, Body = body, WrittenAt = now };
}
