using System.Buffers.Binary;
using System.Diagnostics;
using Pipeline.Core.Reading;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// The compound-file reader the .xls font scan uses takes the workbook stream out of a real
/// file, and on a damaged one returns null quickly: no loop, no read past the file, no throw.
/// </summary>
public class CompoundFileTests
{
    private static byte[] Xls() => AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn, WorkbookKind.Xls);

    [Fact]
    public void The_workbook_stream_of_an_xls_starts_with_a_BIFF8_BOF()
    {
        var file = Xls();
        var stream = CompoundFile.Open(file, file.Length)?.ReadStream("Workbook");
        Assert.NotNull(stream);
        Assert.Equal(0x0809, BinaryPrimitives.ReadUInt16LittleEndian(stream));
        Assert.Equal(0x0600, BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(4)));
        Assert.True(stream.Length < file.Length);
    }

    [Fact]
    public void A_compound_file_without_a_workbook_stream_gives_null()
    {
        var file = Xls();
        Assert.Null(CompoundFile.Open(file, file.Length)?.ReadStream("WordDocument"));
    }

    [Fact]
    public void A_sector_chain_that_loops_ends_with_null()
    {
        var file = Xls();
        RewriteFat(file, index => (uint)index); // every sector points at itself
        var clock = Stopwatch.StartNew();
        Assert.Null(CompoundFile.Open(file, file.Length)?.ReadStream("Workbook"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_sector_past_the_end_of_the_file_gives_null()
    {
        var file = Xls();
        RewriteFat(file, _ => 0x7FFFFFF0);
        Assert.Null(CompoundFile.Open(file, file.Length)?.ReadStream("Workbook"));
    }

    [Fact]
    public void A_stream_longer_than_the_file_gives_null()
    {
        var file = Xls();
        var directory = (BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x30)) + 1) * 512;
        for (var entry = directory; entry < directory + 512; entry += 128)
            BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan((int)entry + 0x78), (ulong)file.Length * 4);
        Assert.Null(CompoundFile.Open(file, file.Length)?.ReadStream("Workbook"));
    }

    [Fact]
    public void A_cut_file_is_not_read_past_its_end()
    {
        var file = Xls();
        foreach (var length in new[] { 0, 100, 511, 512, 1024, file.Length / 2, file.Length - 1 })
        {
            var stream = CompoundFile.Open(file, length)?.ReadStream("Workbook");
            Assert.True(stream is null || stream.Length <= length);
        }
    }

    [Fact]
    public void Random_damage_never_throws()
    {
        var original = Xls();
        var random = new Random(5712);
        for (var round = 0; round < 300; round++)
        {
            var file = (byte[])original.Clone();
            // Half the rounds hit the header and first sectors, half anywhere (FAT, directory, BIFF records).
            var reach = round % 2 == 0 ? Math.Min(file.Length, 4096) : file.Length;
            for (var i = 0; i < 8; i++) file[random.Next(0, reach)] = (byte)random.Next(256);
            var stream = CompoundFile.Open(file, file.Length)?.ReadStream("Workbook");
            Assert.True(stream is null || stream.Length <= file.Length);
            if (stream is not null) BiffFontScan.ScanStream(stream, AnnexReadLimits.Default);
        }
    }

    /// <summary>Overwrites every entry of the first FAT sector.</summary>
    private static void RewriteFat(byte[] file, Func<int, uint> entry)
    {
        var fatSector = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x4C));
        var at = (int)(fatSector + 1) * 512;
        for (var i = 0; i < 128; i++) BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at + (i * 4)), entry(i));
    }
}
