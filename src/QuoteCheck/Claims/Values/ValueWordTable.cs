using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// The value words made of ASCII letters only, in an open-addressed table hashed on the lower-case letters:
/// the tokenizer's lookup for a word of ASCII letters, which most words of English news are. The frozen
/// case-insensitive dictionary it stands in front of holds currency symbols such as <c>€</c>, which put it on
/// the full Unicode case-insensitive hash for every word; here the hash is worked out by the tokenizer as it
/// reads the letters, and most words (in no list) cost one read of the hashes: an empty slot or a hash that differs. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Exact for a word of ASCII letters: such a word equals (ignoring case) only keys of ASCII letters, unless
/// some key has a non-ASCII letter (the dotless <c>ı</c> equals <c>I</c>), and then <see cref="Enabled"/> is
/// false and every word takes the dictionary.
/// </remarks>
internal sealed class ValueWordTable
{
    private readonly uint[] _hashes;
    private readonly string?[] _keys;
    private readonly ValueWord[] _words; // null where _keys is null
    private readonly int _mask;

    public ValueWordTable(IEnumerable<KeyValuePair<string, ValueWord>> words)
    {
        var ascii = new List<KeyValuePair<string, ValueWord>>();
        foreach (KeyValuePair<string, ValueWord> pair in words)
        {
            if (!IsAsciiLetters(pair.Key))
            {
                if (HasNonAsciiLetter(pair.Key))
                {
                    ascii.Clear();
                    break;
                }

                continue; // a key with a sign or digit is never a run of letters
            }

            ascii.Add(pair);
        }

        Enabled = ascii.Count > 0;

        // At most a quarter full, so that a word in no list (most words) usually ends on an empty slot.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, ascii.Count * 4));
        _hashes = new uint[size];
        _keys = new string?[size];
        _words = new ValueWord[size];
        _mask = size - 1;
        foreach ((string key, ValueWord word) in ascii)
        {
            string lower = key.ToLowerInvariant();
            uint hash = HashSeed;
            foreach (char c in lower)
            {
                hash = HashStep(hash, c);
            }

            hash = HashEnd(hash);
            int slot = (int)hash & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hash;
            _keys[slot] = lower;
            _words[slot] = word;
        }
    }

    /// <summary>False when some key has a non-ASCII letter: then this table may miss a word, and is not used.</summary>
    public bool Enabled { get; }

    /// <summary>
    /// Finds a word made of ASCII letters only, ignoring case, given its hash: <see cref="HashEnd"/> of the
    /// <see cref="HashStep"/>s of its letters from <see cref="HashSeed"/>, which the tokenizer works out while it
    /// reads the letters, so that a word's letters are read once.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> asciiLetters, uint hash, [NotNullWhen(true)] out ValueWord? word)
    {
        int slot = (int)hash & _mask;
        while (true)
        {
            // The hashes alone first: a word in no list (most words) ends on an empty slot (0, which no hash is) or a
            // hash that differs, with one read of a small array.
            uint stored = _hashes[slot];
            if (stored == hash)
            {
                string key = _keys[slot]!;
                if (key.Length == asciiLetters.Length && EqualsLower(asciiLetters, key))
                {
                    word = _words[slot];
                    return true;
                }
            }
            else if (stored == 0)
            {
                word = null;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static bool EqualsLower(ReadOnlySpan<char> asciiLetters, string lower)
    {
        for (int k = 0; k < asciiLetters.Length; k++)
        {
            if ((asciiLetters[k] | 0x20) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The hash of no letters.</summary>
    public const uint HashSeed = 0x2545F491u;

    /// <summary>The hash of the lower-case form of ASCII letters, one more letter (setting bit 5 lowers an ASCII letter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, char asciiLetter) => (BitOperations.RotateLeft(hash, 5) ^ (uint)(asciiLetter | 0x20)) * 0x9E3779B1u;

    /// <summary>
    /// The hash of a word from the <see cref="HashStep"/>s of its letters: the high bits folded into the low ones, which
    /// pick the slot, and the top bit set, so that no hash is 0, the mark of an empty slot.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashEnd(uint hash) => hash ^ (hash >> 15) | 0x8000_0000u;

    private static bool IsAsciiLetters(string key)
    {
        foreach (char c in key)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return key.Length > 0;
    }

    private static bool HasNonAsciiLetter(string key)
    {
        foreach (char c in key)
        {
            if (c > '\u007F' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
