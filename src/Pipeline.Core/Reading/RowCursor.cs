namespace Pipeline.Core.Reading;

/// <summary>
/// Walks the non-empty rows of a sheet with one row of look-ahead (header blocks span
/// several rows), counting them so a sheet far larger than any annex is noticed early.
/// </summary>
internal sealed class RowCursor(IEnumerable<SheetRow> rows, int maxRows) : IDisposable
{
    private readonly IEnumerator<SheetRow> _rows = rows.GetEnumerator();
    private SheetRow? _peeked;
    private int _count;

    /// <summary>Non-empty rows met so far (one more than allowed once the limit is reached).</summary>
    public int Count => _count;

    /// <summary>True once more than the allowed number of non-empty rows was met.</summary>
    public bool LimitReached { get; private set; }

    public bool TryNext(out SheetRow row)
    {
        if (_peeked is not null)
        {
            row = _peeked;
            _peeked = null;
            return true;
        }
        return TryRead(out row);
    }

    public bool TryPeek(out SheetRow row)
    {
        if (_peeked is not null)
        {
            row = _peeked;
            return true;
        }
        if (!TryRead(out row)) return false;
        _peeked = row;
        return true;
    }

    private bool TryRead(out SheetRow row)
    {
        row = null!;
        if (LimitReached) return false;
        while (_rows.MoveNext())
        {
            if (_rows.Current.IsEmpty) continue;
            if (++_count > maxRows)
            {
                LimitReached = true;
                return false;
            }
            row = _rows.Current;
            return true;
        }
        return false;
    }

    public void Dispose() => _rows.Dispose();
}
