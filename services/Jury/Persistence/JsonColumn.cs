using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Jury.Persistence;

/// <summary>
/// Stores a value object list of an aggregate (members, criteria, scores, declarations…) as one jsonb
/// document: each is read and written whole with its aggregate, so a document keeps the model simple.
/// The comparer snapshots a deep copy, because the domain mutates its lists in place.
/// Same shape as Submission's (services never share code but through ServiceDefaults).
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        property.HasConversion(
                value => JsonSerializer.Serialize(value, Options),
                json => JsonSerializer.Deserialize<T>(json, Options)!,
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                    value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!))
            .HasColumnType("jsonb");
        return property;
    }

    /// <summary>Maps a private list field of an aggregate (e.g. "_members") to the jsonb column <paramref name="column"/>.</summary>
    public static PropertyBuilder<List<T>> JsonList<TEntity, T>(this EntityTypeBuilder<TEntity> builder, string field, string column)
        where TEntity : class =>
        builder.Property<List<T>>(field).HasColumnName(column).HasJsonConversion().IsRequired();
}
