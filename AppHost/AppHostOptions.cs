using Defis.LocalServers.Aspire;

namespace Defis.AppHost;

/// <summary>
/// The AppHost's own options, taken out before Aspire reads the rest as configuration:
/// <c>--data &lt;folder&gt;</c> (default <c>.data/</c> at the repository root), <c>--fresh</c> (wipe it first) and
/// <c>--replicas &lt;n&gt;</c> (instances of each service, 1 to 4; default 1).
/// </summary>
public sealed record AppHostOptions(string? Data, bool Fresh, string[] AspireArguments, int Replicas = 1)
{
    public const int MaxReplicas = 4;

    public static AppHostOptions Parse(string[] args)
    {
        string? data = null;
        var fresh = false;
        var replicas = 1;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--fresh":
                    fresh = true;
                    break;
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--replicas" when i + 1 < args.Length:
                    replicas = ReadReplicas(args[++i]);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }
        return new AppHostOptions(data, fresh, [.. rest], replicas);
    }

    private static int ReadReplicas(string value) =>
        int.TryParse(value, out var replicas) && replicas is >= 1 and <= MaxReplicas
            ? replicas
            : throw new ArgumentException($"--replicas attend un nombre entre 1 et {MaxReplicas} (reçu « {value} »).");

    public LocalDataFolder DataFolder(string appHostDirectory)
    {
        var root = Path.GetFullPath(Data ?? Path.Combine(appHostDirectory, "..", ".data"));
        if (Fresh)
        {
            LocalDataFolder.Wipe(root);
        }
        return new LocalDataFolder(root);
    }
}
