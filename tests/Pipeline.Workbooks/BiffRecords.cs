namespace Pipeline.Workbooks;

/// <summary>One BIFF record: its id, its data, and where it started in the stream it came from.</summary>
public sealed record BiffRecord(int Id, byte[] Data, int Offset);

/// <summary>
/// Splits a BIFF workbook stream into records and joins them again, keeping each BOUNDSHEET's
/// pointer to its sheet's BOF right when records are dropped or resized (MS-XLS 2.4.28).
/// </summary>
public static class BiffRecords
{
    public const int Row = 0x0208;
    public const int Dimensions = 0x0200;
    public const int BoundSheet = 0x0085;
    private const int DbCell = 0x00D7;
    private const int FilePass = 0x002F;
    private const int Index = 0x020B;

    public static IReadOnlyList<BiffRecord> Split(byte[] stream)
    {
        var records = new List<BiffRecord>();
        var position = 0;
        while (position + 4 <= stream.Length)
        {
            int id = BitConverter.ToUInt16(stream, position), length = BitConverter.ToUInt16(stream, position + 2);
            records.Add(new BiffRecord(id, stream[(position + 4)..(position + 4 + length)], position));
            position += 4 + length;
        }
        return records;
    }

    public static byte[] Join(IEnumerable<BiffRecord> records)
    {
        var list = records.ToList();
        var moved = new Dictionary<int, int>();
        var position = 0;
        foreach (var record in list)
        {
            moved[record.Offset] = position;
            position += 4 + record.Data.Length;
        }
        using var output = new MemoryStream();
        foreach (var record in list)
        {
            var data = record.Data;
            if (record.Id == BoundSheet && moved.TryGetValue(BitConverter.ToInt32(data, 0), out var start))
            {
                data = (byte[])data.Clone();
                BitConverter.GetBytes(start).CopyTo(data, 0);
            }
            output.Write(BitConverter.GetBytes((ushort)record.Id));
            output.Write(BitConverter.GetBytes((ushort)data.Length));
            output.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>
    /// An .xls without ROW records (and the INDEX/DBCELL records that point at them), as some
    /// exporters write it: cells only.
    /// </summary>
    public static byte[] WithoutRowRecords(byte[] xls) => Rewrite(xls, records => records.Where(r => r.Id is not (Row or Index or DbCell)));

    /// <summary>An .xls whose DIMENSIONS records claim A1:B2 whatever the sheet holds.</summary>
    public static byte[] WithWrongDimensions(byte[] xls) => Rewrite(xls, records => records.Select(r =>
        r.Id == Dimensions ? r with { Data = [0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2, 0, 0, 0] } : r));

    /// <summary>An .xls whose DIMENSIONS records claim <paramref name="rows"/> rows (a 32-bit field; BIFF8 holds 65,536).</summary>
    public static byte[] WithDimensionsClaimingRows(byte[] xls, uint rows) => Rewrite(xls, records => records.Select(r =>
    {
        if (r.Id != Dimensions) return r;
        var data = (byte[])r.Data.Clone();
        BitConverter.GetBytes(rows).CopyTo(data, 4);
        return r with { Data = data };
    }));

    /// <summary>An .xls without any DIMENSIONS record.</summary>
    public static byte[] WithoutDimensions(byte[] xls) => Rewrite(xls, records => records.Where(r => r.Id != Dimensions));

    /// <summary>
    /// An .xls that says it is protected by a password: a FILEPASS record (XOR obfuscation,
    /// MS-XLS 2.4.117) right after the workbook's BOF, with a verifier no empty or default
    /// password matches. Enough for a reader to ask for the password; the rest is left as it was.
    /// </summary>
    public static byte[] WithPassword(byte[] xls) => Rewrite(xls, records =>
        records.Take(1).Append(new BiffRecord(FilePass, [0, 0, 0x34, 0x12, 0x78, 0x56], -1)).Concat(records.Skip(1)));

    /// <summary>The workbook stream of an .xls on its own, without the compound file around it.</summary>
    public static byte[] RawStream(byte[] xls) => OleStreams.ReadStream(xls, "Workbook");

    private static byte[] Rewrite(byte[] xls, Func<IReadOnlyList<BiffRecord>, IEnumerable<BiffRecord>> change) =>
        OleStreams.WithStream("Workbook", Join(change(Split(OleStreams.ReadStream(xls, "Workbook")))));
}
