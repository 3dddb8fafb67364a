using System.Globalization;
using System.Text;

namespace Defis.LocalServers;

/// <summary>
/// What a local clamd reads: its own clamd.conf (loopback TCP port, foreground, log in the folder) and a signature
/// database holding one signature, the EICAR test file's. Signature downloads (freshclam) are impossible here and
/// would make every start depend on the network; production runs freshclam against the real database instead.
/// </summary>
public static class ClamdFolder
{
    /// <summary>The name clamd reports for the EICAR file; a custom database adds ".UNOFFICIAL".</summary>
    public const string EicarSignatureName = "Eicar-Test-Signature";

    /// <summary>The largest stream clamd accepts: above the service's 20 MB per file, so the service's own cap answers first.</summary>
    public const string StreamMaxLength = "25M";

    /// <summary>
    /// The 68 bytes of the EICAR anti-malware test file (eicar.org), built from halves so that this source file is not
    /// itself reported by a scanner that reads the repository.
    /// </summary>
    public static byte[] EicarTestFile() =>
        Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

    /// <summary>Writes clamd.conf and the database under <paramref name="folder"/>; returns the configuration file's path.</summary>
    public static string Prepare(string folder, int port)
    {
        var database = Path.Combine(folder, "database");
        Directory.CreateDirectory(database);
        // An extended (ndb) signature: any target type, any offset, the test file's bytes in hex.
        File.WriteAllText(Path.Combine(database, "eicar.ndb"),
            $"{EicarSignatureName}:0:*:{Convert.ToHexStringLower(EicarTestFile())}\n");
        var configuration = Path.Combine(folder, "clamd.conf");
        File.WriteAllLines(configuration,
        [
            $"DatabaseDirectory {database}",
            "TCPAddr 127.0.0.1",
            string.Create(CultureInfo.InvariantCulture, $"TCPSocket {port}"),
            "Foreground yes",
            $"LogFile {Path.Combine(folder, "clamd.log")}",
            $"TemporaryDirectory {folder}",
            $"StreamMaxLength {StreamMaxLength}",
            "MaxThreads 4",
            // The database never changes under a local run: no periodic reload.
            "SelfCheck 0",
        ]);
        return configuration;
    }
}
