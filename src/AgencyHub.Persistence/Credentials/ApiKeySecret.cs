using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace AgencyHub.Persistence.Credentials;

/// <summary>
/// The text of an API key, <c>ahk_{prefix}_{secret}</c>: a 10-character prefix that finds the key's record and a
/// 256-bit random secret. A key is as strong as a random 256-bit value, so a plain SHA-256 of it is enough to store
/// (a slow password hash guards guessable secrets, which these are not); hashes are compared in constant time.
/// </summary>
public static class ApiKeySecret
{
    const string Marker = "ahk_";
    const int PrefixLength = 10;
    const string PrefixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>A new key and its prefix.</summary>
    public static (string Key, string Prefix) Create()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return ($"{Marker}{prefix}_{secret}", prefix);
    }

    /// <summary>The prefix of <paramref name="key"/>, or null when it is not shaped like a key.</summary>
    public static string? PrefixOf(string key)
    {
        if (!key.StartsWith(Marker, StringComparison.Ordinal) || key.Length < Marker.Length + PrefixLength + 2) return null;
        var prefix = key.Substring(Marker.Length, PrefixLength);
        return key[Marker.Length + PrefixLength] == '_' && prefix.All(PrefixAlphabet.Contains) ? prefix : null;
    }

    /// <summary>What is stored of <paramref name="key"/>.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Whether <paramref name="key"/> is the one whose hash is <paramref name="storedHash"/>, in constant time.</summary>
    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);
}
