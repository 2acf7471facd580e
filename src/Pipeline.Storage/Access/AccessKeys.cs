using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage.Access;

/// <summary>
/// The local host's access keys: each key names one caller. Keys are compared by their
/// SHA-256 in constant time, so a timing side channel cannot guess them.
/// </summary>
public sealed class AccessKeys
{
    private readonly List<(byte[] Hash, Caller Caller)> _keys = [];

    public AccessKeys(IEnumerable<KeyValuePair<string, Caller>> keys)
    {
        foreach (var (key, caller) in keys)
        {
            if (key.Length < 16) throw new ArgumentException($"The access key for {caller.Name} is shorter than 16 characters.", nameof(keys));
            _keys.Add((Hash(key), caller));
        }
    }

    /// <summary>The caller a key names, or null for a missing or unknown key.</summary>
    public Caller? Find(string? key)
    {
        if (string.IsNullOrEmpty(key)) return null;
        var hash = Hash(key);
        Caller? found = null;
        foreach (var (known, caller) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(known, hash)) found = caller;
        }
        return found;
    }

    /// <summary>A new random key: 32 URL-safe characters (144 random bits), the first a letter or digit.</summary>
    public static string NewKey()
    {
        // A key opening with "-" reads as a command-line option when pasted after a command: draw again.
        string key;
        do key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        while (!char.IsAsciiLetterOrDigit(key[0]));
        return key;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
