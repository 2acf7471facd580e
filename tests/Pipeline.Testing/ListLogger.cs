using Microsoft.Extensions.Logging;

namespace Pipeline.Testing;

/// <summary>A logger that keeps what it is told, for assertions.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public sealed record Entry(LogLevel Level, EventId EventId, string Message, Exception? Exception);

    private readonly List<Entry> _entries = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (_gate) return [.. _entries];
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_gate) _entries.Add(new Entry(logLevel, eventId, formatter(state, exception), exception));
    }
}
