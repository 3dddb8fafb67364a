namespace Defis.Jury.Domain;

/// <summary>Which jurors are in conflict with which dossiers, for lists given in a fixed order; built once per planning.</summary>
public sealed class ConflictMatrix
{
    private readonly bool[] _conflicted;

    internal ConflictMatrix(int dossiers, int jurors)
    {
        Dossiers = dossiers;
        Jurors = jurors;
        _conflicted = new bool[dossiers * jurors];
    }

    public int Dossiers { get; }

    public int Jurors { get; }

    public bool IsConflicted(int dossierIndex, int jurorIndex) => _conflicted[dossierIndex * Jurors + jurorIndex];

    internal void Set(int dossierIndex, int jurorIndex) => _conflicted[dossierIndex * Jurors + jurorIndex] = true;

    internal void Clear(int dossierIndex, int jurorIndex) => _conflicted[dossierIndex * Jurors + jurorIndex] = false;
}
