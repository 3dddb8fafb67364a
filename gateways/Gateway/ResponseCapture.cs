namespace Defis.Gateway;

/// <summary>
/// Holds a response's body in memory while the rest of the pipeline writes it, so that a middleware may keep a
/// copy (idempotent replays, the cached list) before it goes to the client. For small JSON answers only.
/// </summary>
public sealed class ResponseCapture : IDisposable
{
    private readonly HttpContext _context;
    private readonly Stream _original;
    private readonly MemoryStream _buffer = new();

    private ResponseCapture(HttpContext context)
    {
        _context = context;
        _original = context.Response.Body;
        context.Response.Body = _buffer;
    }

    public static ResponseCapture Start(HttpContext context) => new(context);

    public byte[] Body => _buffer.ToArray();

    /// <summary>Puts the original stream back and sends it what was written.</summary>
    public async Task ReleaseAsync()
    {
        _context.Response.Body = _original;
        _buffer.Position = 0;
        await _buffer.CopyToAsync(_original, _context.RequestAborted);
    }

    /// <summary>Puts the original stream back without sending anything (the pipeline failed).</summary>
    public void Dispose()
    {
        _context.Response.Body = _original;
        _buffer.Dispose();
    }
}
