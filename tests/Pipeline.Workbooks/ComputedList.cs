using System.Collections;

namespace Pipeline.Workbooks;

/// <summary>
/// A read-only list whose items are computed on access. It lets a 200,000-row sheet be
/// described without holding 200,000 rows: the streamed writer asks for one at a time.
/// </summary>
public sealed class ComputedList<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    public int Count { get; } = count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count));

    public T this[int index] =>
        (uint)index < (uint)Count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return item(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
