using System.Numerics;
using System.Runtime.CompilerServices;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// The value words made of ASCII letters only, in an open-addressed table keyed on the first eight lower-case
/// letters packed into a number (<see cref="KeyOf"/>): the tokenizer's lookup for a word of ASCII letters, which most
/// words of English news are. The frozen case-insensitive dictionary it stands in front of holds currency symbols such
/// as <c>€</c>, which put it on the full Unicode case-insensitive hash for every word. Here the tokenizer packs a
/// word's letters with one vector operation as it finds where the word ends; a word of up to eight letters is its
/// key, found with no comparison of characters and, since the search gives an entry whether or not the word is
/// listed (one with no form and no flags when not), with no branch on that, which the processor could not foresee.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Exact for a word of ASCII letters: such a word equals (ignoring case) only keys of ASCII letters, unless
/// some key has a non-ASCII letter (the dotless <c>ı</c> equals <c>I</c>), and then <see cref="Enabled"/> is
/// false and every word takes the dictionary.
/// </remarks>
internal sealed class ValueWordTable
{
    /// <summary>The letters a key holds: a word of this many letters or fewer is its key.</summary>
    public const int KeyLetters = 8;

    /// <summary>
    /// Set in the key of a word longer than <see cref="KeyLetters"/> (whose key holds only its first eight letters),
    /// so that it never equals the key of a word of eight letters: a packed letter never has its top bit set.
    /// </summary>
    private const ulong LongWord = 1ul << 63;

    // Key, id and flags side by side, so that a word found costs one cache line, not one per array. One longer than the
    // slots: the last entry (id 0, no flags) is "no word". A key is 0 where the slot is empty (a key has a letter).
    private readonly Entry[] _entries;
    private readonly string?[] _lower;  // the word in lower case, to compare a long word with
    private readonly int _mask;
    private readonly int _shift;

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
        _entries = new Entry[size + 1];
        _lower = new string?[size];
        _mask = size - 1;
        _shift = 64 - BitOperations.Log2((uint)size);
        Missing = size;
        foreach ((string key, ValueWord word) in ascii)
        {
            string lower = key.ToLowerInvariant();
            ulong packed = KeyOf(lower);
            int slot = Slot(packed);
            while (_lower[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(packed, word.Id, word.Flags);
            _lower[slot] = lower;
        }
    }

    /// <summary>False when some key has a non-ASCII letter: then this table may miss a word, and is not used.</summary>
    public bool Enabled { get; }

    /// <summary>What <see cref="Find"/> gives for a word in no list: the entry with no form and no flags.</summary>
    public int Missing { get; }

    /// <summary>
    /// The key of a word of ASCII letters: its first eight letters in lower case (setting bit 5 lowers an ASCII
    /// letter), eight bits each, the first in the lowest byte; for a longer word, with <see cref="LongWord"/> set.
    /// The tokenizer makes the same number from a vector of the word's characters.
    /// </summary>
    public static ulong KeyOf(ReadOnlySpan<char> asciiLetters)
    {
        ulong packed = 0;
        for (int k = 0; k < asciiLetters.Length && k < KeyLetters; k++)
        {
            packed |= (ulong)(asciiLetters[k] | 0x20) << (8 * k);
        }

        return asciiLetters.Length > KeyLetters ? packed | LongWord : packed;
    }

    /// <summary>
    /// The entry of a word made of ASCII letters only, ignoring case, given its first eight letters packed as in
    /// <see cref="KeyOf"/> (without the mark of a long word); <see cref="Missing"/> when the word is in no list.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> asciiLetters, ulong firstLetters)
    {
        if (asciiLetters.Length > KeyLetters)
        {
            return FindLong(asciiLetters, firstLetters | LongWord);
        }

        // The key is the word: the search ends on it or on an empty slot, and which of the two is picked without a branch.
        int slot = Slot(firstLetters);
        ulong stored;
        while ((stored = _entries[slot].Key) != firstLetters && stored != 0)
        {
            slot = (slot + 1) & _mask;
        }

        return stored == firstLetters ? slot : Missing;
    }

    /// <summary>
    /// The id (<see cref="ValueWord.Id"/>) and what the word lists say about the word at an entry of <see cref="Find"/>;
    /// id 0 and no flags for <see cref="Missing"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly Entry At(int entry) => ref _entries[entry];

    /// <summary>A word longer than a key: words that begin with the same eight letters share a key, so the letters are compared.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindLong(ReadOnlySpan<char> asciiLetters, ulong packed)
    {
        int slot = Slot(packed);
        while (true)
        {
            ulong stored = _entries[slot].Key;
            if (stored == packed && _lower[slot]!.Length == asciiLetters.Length && EqualsLower(asciiLetters, _lower[slot]!))
            {
                return slot;
            }

            if (stored == 0)
            {
                return Missing;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The slot a key starts its search at: the top bits of a multiplicative hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15ul) >> _shift);

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

    /// <summary>A slot of the table: the packed key (<see cref="KeyOf"/>), and the word's id and flags.</summary>
    /// <param name="Key">The key; 0 for an empty slot.</param>
    /// <param name="Id">The word's <see cref="ValueWord.Id"/>.</param>
    /// <param name="Flags">What the word lists say about the word.</param>
    internal readonly record struct Entry(ulong Key, int Id, ValueWordFlags Flags);
}
