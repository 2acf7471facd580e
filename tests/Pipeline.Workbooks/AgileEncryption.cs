using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Workbooks;

/// <summary>
/// ECMA-376 "agile" password encryption of an Office package, as Excel 2010 and later
/// write it (MS-OFFCRYPTO 2.3.4.10–2.3.4.15): AES-256-CBC, SHA-512, 100,000 spins, with the
/// data-integrity HMAC. NPOI 2.4.1 can only decrypt, so this is written from the spec.
/// </summary>
internal static class AgileEncryption
{
    private const int SpinCount = 100_000;
    private const int KeyBytes = 32;
    private const int BlockBytes = 16;
    private const int SaltBytes = 16;
    private const int HashBytes = 64;
    private const int SegmentBytes = 4096;

    // Block keys fixed by the specification; each derives a different key or IV.
    private static readonly byte[] VerifierInputBlock = [0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79];
    private static readonly byte[] VerifierHashBlock = [0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e];
    private static readonly byte[] KeyValueBlock = [0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6];
    private static readonly byte[] IntegrityKeyBlock = [0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6];
    private static readonly byte[] IntegrityValueBlock = [0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33];

    /// <returns>The two streams of an encrypted Office file.</returns>
    public static (byte[] EncryptionInfo, byte[] EncryptedPackage) Encrypt(byte[] package, string password)
    {
        var keyDataSalt = RandomNumberGenerator.GetBytes(SaltBytes);
        var passwordSalt = RandomNumberGenerator.GetBytes(SaltBytes);
        var secretKey = RandomNumberGenerator.GetBytes(KeyBytes);
        var verifierInput = RandomNumberGenerator.GetBytes(SaltBytes);

        var passwordHash = IteratedHash(passwordSalt, password);
        var encryptedVerifierInput = AesCbc(PasswordKey(passwordHash, VerifierInputBlock), passwordSalt, verifierInput);
        var encryptedVerifierHash = AesCbc(PasswordKey(passwordHash, VerifierHashBlock), passwordSalt, SHA512.HashData(verifierInput));
        var encryptedKeyValue = AesCbc(PasswordKey(passwordHash, KeyValueBlock), passwordSalt, secretKey);

        var encryptedPackage = EncryptPackage(package, secretKey, keyDataSalt);

        var hmacKey = RandomNumberGenerator.GetBytes(HashBytes);
        var hmacValue = HMACSHA512.HashData(hmacKey, encryptedPackage);
        var encryptedHmacKey = AesCbc(secretKey, DataIv(keyDataSalt, IntegrityKeyBlock), hmacKey);
        var encryptedHmacValue = AesCbc(secretKey, DataIv(keyDataSalt, IntegrityValueBlock), hmacValue);

        var common = $"saltSize=\"{SaltBytes}\" blockSize=\"{BlockBytes}\" keyBits=\"{KeyBytes * 8}\" hashSize=\"{HashBytes}\" "
            + "cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" hashAlgorithm=\"SHA512\"";
        var descriptor =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\" "
            + "xmlns:p=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\" "
            + "xmlns:c=\"http://schemas.microsoft.com/office/2006/keyEncryptor/certificate\">"
            + $"<keyData {common} saltValue=\"{B64(keyDataSalt)}\"/>"
            + $"<dataIntegrity encryptedHmacKey=\"{B64(encryptedHmacKey)}\" encryptedHmacValue=\"{B64(encryptedHmacValue)}\"/>"
            + "<keyEncryptors><keyEncryptor uri=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\">"
            + $"<p:encryptedKey spinCount=\"{SpinCount}\" {common} saltValue=\"{B64(passwordSalt)}\" "
            + $"encryptedVerifierHashInput=\"{B64(encryptedVerifierInput)}\" "
            + $"encryptedVerifierHashValue=\"{B64(encryptedVerifierHash)}\" "
            + $"encryptedKeyValue=\"{B64(encryptedKeyValue)}\"/>"
            + "</keyEncryptor></keyEncryptors></encryption>";

        // Version 4.4 (agile), reserved flags 0x40, then the XML descriptor.
        byte[] header = [0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00];
        return ([.. header, .. Encoding.UTF8.GetBytes(descriptor)], encryptedPackage);
    }

    /// <summary>H0 = H(salt + password); Hn = H(iterator + Hn-1), 100,000 times.</summary>
    private static byte[] IteratedHash(byte[] salt, string password)
    {
        var hash = SHA512.HashData([.. salt, .. Encoding.Unicode.GetBytes(password)]);
        var buffer = new byte[4 + HashBytes];
        for (var i = 0u; i < SpinCount; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(buffer, i);
            hash.CopyTo(buffer, 4);
            SHA512.HashData(buffer, hash);
        }

        return hash;
    }

    private static byte[] PasswordKey(byte[] passwordHash, byte[] blockKey) =>
        SHA512.HashData([.. passwordHash, .. blockKey])[..KeyBytes];

    private static byte[] DataIv(byte[] keyDataSalt, byte[] blockKey) =>
        SHA512.HashData([.. keyDataSalt, .. blockKey])[..BlockBytes];

    /// <summary>8-byte plain size, then 4,096-byte segments each encrypted with IV = H(salt + segment index).</summary>
    private static byte[] EncryptPackage(byte[] package, byte[] secretKey, byte[] keyDataSalt)
    {
        using var output = new MemoryStream(package.Length + 64);
        Span<byte> size = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(size, (ulong)package.Length);
        output.Write(size);
        var index = 0u;
        for (var offset = 0; offset < package.Length; offset += SegmentBytes, index++)
        {
            var segment = package.AsSpan(offset, Math.Min(SegmentBytes, package.Length - offset)).ToArray();
            var blockKey = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(blockKey, index);
            output.Write(AesCbc(secretKey, DataIv(keyDataSalt, blockKey), segment));
        }

        return output.ToArray();
    }

    /// <summary>AES-CBC with the data zero-padded to the block size, as the spec pads.</summary>
    private static byte[] AesCbc(byte[] key, byte[] iv, byte[] data)
    {
        var padded = new byte[(data.Length + BlockBytes - 1) / BlockBytes * BlockBytes];
        data.CopyTo(padded, 0);
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.EncryptCbc(padded, iv, PaddingMode.None);
    }

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes);
}
