using System.Security.Cryptography;

namespace Defis.Contracts.Events;

/// <summary>
/// UUID v7 event ids that follow creation order within a process, also inside one millisecond (a 12-bit counter in
/// the version 7 "rand_a" field, RFC 9562 method 1). Outbox rows of one save are inserted in key order, and a
/// service that raises two events for one aggregate in one save relies on that order being the order it raised them.
/// </summary>
public static class EventIds
{
    private const int MaxCounter = 0xFFF;
    private static readonly Lock Gate = new();
    private static long _lastMilliseconds;
    private static int _counter;

    public static Guid Next()
    {
        long milliseconds;
        int counter;
        lock (Gate)
        {
            milliseconds = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), _lastMilliseconds);
            _counter = milliseconds == _lastMilliseconds ? _counter + 1 : 0;
            if (_counter > MaxCounter)
            {
                milliseconds++;
                _counter = 0;
            }
            _lastMilliseconds = milliseconds;
            counter = _counter;
        }
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[8..]);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }
        bytes[6] = (byte)(0x70 | (counter >> 8));
        bytes[7] = (byte)counter;
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
