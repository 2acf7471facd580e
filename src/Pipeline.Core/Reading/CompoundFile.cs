using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// A minimal reader of the compound file (CFB, "OLE2") container of .xls files, enough to
/// take one stream out by name. It works on the upload already in memory and is bounded by
/// it: every sector number is checked against the file, every chain is cut at the file's
/// sector count (so a loop ends), and no buffer is larger than the file.
/// </summary>
/// <remarks>
/// Layout from [MS-CFB] Compound File Binary File Format: a header in the first sector, a FAT of sector
/// chains (its sectors listed by the DIFAT), a directory of 128-byte entries, and a mini
/// stream of 64-byte sectors for streams under the cutoff (4,096 bytes).
/// ExcelDataReader reads the container itself but does not expose fonts or cell formats, and
/// the one package that does (NPOI) builds the whole workbook in memory; the font scan needs
/// only the workbook stream's bytes.
/// </remarks>
internal sealed class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly byte[] _file;
    private readonly int _length;
    private readonly int _sectorSize;
    private readonly uint[] _fat;

    private CompoundFile(byte[] file, int length, int sectorSize, uint[] fat)
    {
        _file = file;
        _length = length;
        _sectorSize = sectorSize;
                _fat = fat;
    }

    /// <summary>Opens the container, or returns null when the bytes are not a well-formed one.</summary>
    public static CompoundFile? Open(byte[] file, int length)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (length < 512 || length > file.Length || !file.AsSpan(0, 8).SequenceEqual(Signature)) return null;
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x1E));
        if (shift is not (9 or 12)) return null;
        var sectorSize = 1 << shift;
        // The header fills sector -1: sector n starts at (n + 1) × sector size.
        var sectors = (uint)Math.Max(0, (length / sectorSize) - 1);

        // The DIFAT lists the FAT's sectors: 109 in the header, the rest in a chain of DIFAT sectors.
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++) AddFatSector(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x4C + (i * 4))));
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x44));
        for (uint hops = 0; difat < sectors && hops <= sectors; hops++)
        {
            var at = ((long)difat + 1) * sectorSize;
            var perSector = (sectorSize / 4) - 1;
            for (var i = 0; i < perSector; i++) AddFatSector(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)at + (i * 4))));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)at + (perSector * 4)));
        }

        var fat = new uint[(long)fatSectors.Count * (sectorSize / 4) > sectors ? sectors : fatSectors.Count * (sectorSize / 4)];
        var next = 0;
        foreach (var sector in fatSectors)
        {
            var at = ((long)sector + 1) * sectorSize;
            for (var i = 0; i < sectorSize / 4 && next < fat.Length; i++)
                fat[next++] = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)at + (i * 4)));
        }
        return new CompoundFile(file, length, sectorSize, fat);

        void AddFatSector(uint sector)
        {
            // A FAT can never need more sectors than the file has.
            if (sector < sectors && fatSectors.Count < sectors) fatSectors.Add(sector);
        }
    }

    /// <summary>The bytes of the first stream of the directory named <paramref name="name"/> (any case), or null when there is none or it is damaged.</summary>
    public byte[]? ReadStream(string name)
    {
        var directory = ReadChain(FirstDirectorySector(), long.MaxValue, _fat, _sectorSize, SectorOffset);
        if (directory is null) return null;
        byte[]? miniStream = null;
        for (var entry = 0; entry + 128 <= directory.Length; entry += 128)
        {
            var span = directory.AsSpan(entry, 128);
            var nameBytes = Math.Min((int)BinaryPrimitives.ReadUInt16LittleEndian(span[0x40..]), 64);
            var type = span[0x42];
            var start = BinaryPrimitives.ReadUInt32LittleEndian(span[0x74..]);
            var size = (long)BinaryPrimitives.ReadUInt64LittleEndian(span[0x78..]);
            if (_sectorSize == 512) size &= 0xFFFFFFFF; // version 3 files may leave the high half unset
            if (entry == 0 && type == 5)
            {
                // The root entry owns the mini stream that holds the small streams.
                miniStream = ReadChain(start, size, _fat, _sectorSize, SectorOffset);
                continue;
            }
            if (type != 2 || nameBytes < 2) continue;
            var entryName = Encoding.Unicode.GetString(span[..(nameBytes - 2)]);
            if (!entryName.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            if (size > _length) return null;
            if (size >= MiniStreamCutoff) return ReadChain(start, size, _fat, _sectorSize, SectorOffset);
            if (miniStream is null) return null;
            var miniFat = ReadMiniFat();
            return miniFat is null ? null : ReadChain(start, size, miniFat, 64, s => (long)s * 64, miniStream);
        }
        return null;
    }

    /// <summary>The names of the directory's streams and storages, in directory order; empty when the directory is damaged.</summary>
    public IReadOnlyList<string> EntryNames()
    {
        var directory = ReadChain(FirstDirectorySector(), long.MaxValue, _fat, _sectorSize, SectorOffset);
        if (directory is null) return [];
        var names = new List<string>();
        for (var entry = 0; entry + 128 <= directory.Length; entry += 128)
        {
            var span = directory.AsSpan(entry, 128);
            var nameBytes = Math.Min((int)BinaryPrimitives.ReadUInt16LittleEndian(span[0x40..]), 64);
            if (span[0x42] is 1 or 2 && nameBytes >= 2) names.Add(Encoding.Unicode.GetString(span[..(nameBytes - 2)]));
        }
        return names;
    }

    private uint MiniStreamCutoff => BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(0x38));

    private uint FirstDirectorySector() => BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(0x30));

    private long SectorOffset(uint sector) => ((long)sector + 1) * _sectorSize;

    private uint[]? ReadMiniFat()
    {
        var bytes = ReadChain(BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(0x3C)), long.MaxValue, _fat, _sectorSize, SectorOffset);
        if (bytes is null) return null;
        var miniFat = new uint[bytes.Length / 4];
        for (var i = 0; i < miniFat.Length; i++) miniFat[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        return miniFat;
    }

    /// <summary>
    /// Follows a sector chain, copying at most <paramref name="size"/> bytes (the whole chain
    /// when unknown). Null when a sector is out of range or the chain is longer than its table
    /// (a loop), or shorter than the size it must hold. The output never outgrows the chain,
    /// and a chain never outgrows its source (the file, or the mini stream read from it).
    /// </summary>
    private byte[]? ReadChain(uint first, long size, uint[] table, int sectorSize, Func<uint, long> offset, byte[]? source = null)
    {
        if (size < 0) return null;
        source ??= _file;
        var sourceLength = source == _file ? _length : source.Length;
        var output = new MemoryStream();
        var sector = first;
        for (var hops = 0; sector != EndOfChain; hops++)
        {
            if (sector >= table.Length || hops > table.Length) return null;
            var at = offset(sector);
            if (at < 0 || at + sectorSize > sourceLength) return null;
            var take = (int)Math.Min(sectorSize, size - output.Length);
            output.Write(source, (int)at, take);
            if (output.Length >= size) return output.ToArray();
            sector = table[sector];
        }
        return size == long.MaxValue ? output.ToArray() : null;
    }
}
