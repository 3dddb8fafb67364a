using System.Text.Json;

namespace Defis.Samples.MinistryListener;

/// <summary>
/// The last sequence applied per programme, kept in a small JSON file so that a restart resumes where it
/// stopped. Written to a temporary file then renamed, so a crash never leaves half a file.
/// </summary>
public sealed class SequenceState(string file, Dictionary<string, long> lastApplied)
{
    public static SequenceState Load(string file) => new(file, File.Exists(file)
        ? JsonSerializer.Deserialize<Dictionary<string, long>>(File.ReadAllText(file)) ?? []
        : []);

    public IReadOnlyDictionary<string, long> Programmes => lastApplied;

    public long LastApplied(string programmeId) => lastApplied.GetValueOrDefault(programmeId);

    public void Applied(string programmeId, long sequence)
    {
        lastApplied[programmeId] = sequence;
        var temporary = $"{file}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(lastApplied, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temporary, file, overwrite: true);
    }
}
