using Defis.LocalServers.Aspire;

namespace Defis.AppHost;

/// <summary>
/// The AppHost's own options, taken out before Aspire reads the rest as configuration:
/// <c>--data &lt;folder&gt;</c> (default <c>.data/</c> at the repository root) and <c>--fresh</c> (wipe it first).
/// </summary>
public sealed record AppHostOptions(string? Data, bool Fresh, string[] AspireArguments)
{
    public static AppHostOptions Parse(string[] args)
    {
        string? data = null;
        var fresh = false;
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
                default:
                    rest.Add(args[i]);
                    break;
            }
        }
        return new AppHostOptions(data, fresh, [.. rest]);
    }

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
