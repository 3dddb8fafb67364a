using System.Security.Cryptography;
using System.Text.Json;

namespace Defis.LocalServers.Aspire;

/// <summary>
/// What a local run keeps between runs: one sub-folder per server, the loopback ports the servers were given
/// (so connection strings and RabbitMQ's node stay the same) and generated secrets, one file each, readable
/// by the owner only. Deleting the folder (or <c>--fresh</c>) starts from nothing.
/// </summary>
public sealed class LocalDataFolder
{
    private readonly string _portsFile;
    private readonly Dictionary<string, int> _ports;

    public LocalDataFolder(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
        if (LocalProcess.IsRoot)
        {
            // The postgres and rabbitmq users must reach their own sub-folders.
            File.SetUnixFileMode(Root, (UnixFileMode)0b111_101_101);
        }
        _portsFile = Path.Combine(Root, "ports.json");
        _ports = LoadPorts(_portsFile);
    }

    public string Root { get; }

    public string Folder(string name) => Path.Combine(Root, name);

    /// <summary>The port kept for <paramref name="key"/>, or a new free one (kept from now on) when none was or it is taken.</summary>
    public int Port(string key)
    {
        lock (_ports)
        {
            if (_ports.TryGetValue(key, out var kept) && FreePort.IsFree(kept) && FreePort.Reserve(kept))
            {
                return kept;
            }
            int port;
            do
            {
                port = FreePort.Next();
            }
            while (_ports.ContainsValue(port));
            _ports[key] = port;
            File.WriteAllText(_portsFile, JsonSerializer.Serialize(_ports));
            return port;
        }
    }

    /// <summary>A random secret generated once and kept in <c>&lt;root&gt;/&lt;name&gt;</c> (mode 600); never printed.</summary>
    // 32 random bytes as hex: safe in a form, a URL or a connection string as it is.
    public string Secret(string name) => Secret(name, () => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));

    /// <summary>A secret made once by <paramref name="generate"/> (a key, say) and kept like the others.</summary>
    public string Secret(string name, Func<string> generate)
    {
        var file = Path.Combine(Root, name);
        if (!File.Exists(file))
        {
            File.WriteAllText(file, generate());
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return File.ReadAllText(file).Trim();
    }

    /// <summary>Deletes everything in the folder: the next run initialises the servers again.</summary>
    public static void Wipe(string root)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Dictionary<string, int> LoadPorts(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(file)) ?? [];
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return [];
        }
    }
}
