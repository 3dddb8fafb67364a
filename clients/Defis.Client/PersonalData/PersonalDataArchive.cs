using System.IO.Compression;
using System.Net;
using System.Text;
using Defis.Client.Api;
using Refit;

namespace Defis.Client.PersonalData;

/// <summary>
/// Everything the platform holds about the signed-in person, as one zip: each service's part as <c>{service}.json</c>
/// and a French <c>LISEZMOI.txt</c> saying what each file holds, when the archive was made and what it leaves out
/// (decision 0030). The client assembles it: no service sees the others' parts.
/// </summary>
public sealed class PersonalDataArchive(IPersonalDataApi api, TimeProvider time)
{
    public const string ContentType = "application/zip";

    /// <summary>
    /// Makes the archive in memory (a few JSON documents): a zip's central directory is written synchronously, which a
    /// web response refuses. A part whose service is unreachable is named as missing in LISEZMOI.txt; a refusal (not
    /// signed in) is thrown, since no part would come either.
    /// </summary>
    public async Task<byte[]> CreateAsync(CancellationToken cancellationToken = default)
    {
        var madeAt = ArchiveReadme.Paris(time.GetUtcNow());
        var missing = new List<PersonalDataPart>();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in PersonalDataPart.All)
            {
                if (await FetchAsync(part, cancellationToken) is { } json)
                {
                    Write(zip, part.FileName, json, madeAt);
                }
                else
                {
                    missing.Add(part);
                }
            }
            Write(zip, ArchiveReadme.FileName, ArchiveReadme.Text(madeAt, missing), madeAt);
        }
        return buffer.ToArray();
    }

    /// <summary>E.g. "mes-donnees-defis-2026-12-04.zip", dated in Paris.</summary>
    public string FileName() => $"mes-donnees-defis-{ArchiveReadme.Paris(time.GetUtcNow()):yyyy-MM-dd}.zip";

    private async Task<string?> FetchAsync(PersonalDataPart part, CancellationToken cancellationToken)
    {
        try
        {
            return await api.ExportMyDataAsync(part.Service, cancellationToken);
        }
        catch (ApiException e) when (e.StatusCode is HttpStatusCode.NotFound || (int)e.StatusCode >= 500)
        {
            return null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static void Write(ZipArchive zip, string name, string text, DateTimeOffset madeAt)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = madeAt;
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        stream.Write(bytes);
    }
}
