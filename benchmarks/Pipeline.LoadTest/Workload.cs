using Pipeline.Local.Serve;
using Pipeline.Workbooks;

namespace Pipeline.LoadTest;

/// <summary>
/// What the load test uploads: the three seed annexes (Pú Bẩu, Chiềng En, Bó Sinh), each to
/// its own commune with that commune officer's key, over a cycle of terms.
/// </summary>
internal sealed class Workload
{
    /// <summary>
    /// Terms the throughput run cycles through. Each (commune, term) pair receives many uploads,
    /// so newer uploads supersede older ones in the commune summary, as re-submissions do in real use.
    /// </summary>
    public static IReadOnlyList<string> Terms { get; } = ["2020-2025", "2015-2020", "2010-2015", "2005-2010", "2000-2005"];

    private readonly IReadOnlyList<(string Commune, string Sample, byte[] Bytes, string Key)> _communes;

    private Workload(IReadOnlyList<(string, string, byte[], string)> communes) => _communes = communes;

    public int CommuneCount => _communes.Count;

    public static Workload Create(IReadOnlyList<LocalAccessKey> keys)
    {
        string KeyOf(string commune) =>
            keys.FirstOrDefault(k => k.Role == "commune" && k.Scope == commune)?.Key
            ?? throw new InvalidOperationException($"No commune officer key for {commune} in the access keys.");

        return new Workload(
        [
            ("son-la/pu-bau", "Biểu 02", SampleWorkbooks.PuBau.ToBytes(), KeyOf("son-la/pu-bau")),
            ("son-la/chieng-en", "Biểu 01", SampleWorkbooks.ChiengEn.ToBytes(), KeyOf("son-la/chieng-en")),
            ("son-la/bo-sinh-cu", "Biểu 03", SampleWorkbooks.BoSinh.ToBytes(), KeyOf("son-la/bo-sinh-cu")),
        ]);
    }

    /// <summary>Upload <paramref name="index"/> of the latency run: the communes in turn, current term.</summary>
    public UploadSpec ForLatency(int index) => Spec(index % _communes.Count, Terms[0], index);

    /// <summary>
    /// Upload <paramref name="index"/> of the throughput run: the communes in turn, and the term
    /// moving on after each round of communes, so consecutive uploads hit different partitions.
    /// </summary>
    public UploadSpec ForThroughput(int index) => Spec(index % _communes.Count, Terms[index / _communes.Count % Terms.Count], index);

    private UploadSpec Spec(int commune, string term, int index)
    {
        var (id, sample, bytes, key) = _communes[commune];
        return new UploadSpec(id, term, $"{sample} ({index}).xlsx", bytes, key);
    }
}
