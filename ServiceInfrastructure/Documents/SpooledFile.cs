namespace Defis.ServiceInfrastructure.Documents;

/// <summary>
/// For a writer that cannot stream (a zip, such as XLSX, writes its directory last, and MiniExcel reads its rows
/// synchronously): it writes on a thread-pool thread into a temporary file deleted when closed, which is then copied
/// to the output. Memory stays that of one row, whatever the file's size.
/// </summary>
public static class SpooledFile
{
    public static async Task CopyToAsync(Func<Stream, Task> write, Stream output, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await Task.Run(() => write(file), cancellationToken);
        file.Position = 0;
        await file.CopyToAsync(output, cancellationToken);
    }
}
