using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Maps a word to its <see cref="WordClass"/>, ignoring case exactly as the lists' case-insensitive sets do. Asked
/// once for every word of every document, so the common case costs no string hash and almost no branch: a word of
/// up to eight ASCII letters is lowered into the eight bytes of one integer, by one vector operation, and that key
/// is compared at once with the four keys of its bucket. Any other word is looked up in a case-insensitive
/// dictionary of all the entries. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A first version packed five bits a letter in a loop and probed an open-addressed table: the loop's end and the
/// probe's hit or miss were mispredicted branches on most words, and it cost 20 ns a word, more than the lookups it
/// saved. The buckets are made collision-free at build time (a multiplier is drawn until no bucket holds more than
/// four keys), so a lookup is one load and one comparison.
/// </remarks>
internal sealed class WordClassTable
{
    private const int MaxShortLength = 8;
    private const int BucketKeys = 4;

    // Per bucket, four keys (0 is empty: a key holds at least one letter) and eight classes: the four keys' and,
    // at the fifth, None for a key in no slot (the index of the first equal key, or four when none is equal).
    private readonly ulong[] _keys;
    private readonly WordClass[] _classes;
    private readonly ulong _multiplier;
    private readonly int _shift;

    // Every entry, for the words that are not short; the filter rules most of those out without a hash.
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _all;
    private readonly WordShapes _longShapes;

    // ASCII characters other than letters that some entry holds (the apostrophe of "didn't", the hyphen of
    // "e-mail"): a word with any other (a digit, a comma) can equal no entry, since such a character equals only itself.
    private readonly bool[] _entryMarks = new bool[128];

    // Set when an entry holds a character that ignoring case folds onto an ASCII letter (the dotless i onto I): a
    // word of ASCII letters might then equal an entry that is not short, and every word is looked up in full.
    private readonly bool _shortOff;

    public WordClassTable(IEnumerable<KeyValuePair<string, WordClass>> entries)
    {
        var all = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach ((string word, WordClass wordClass) in entries)
        {
            all[word] = all.GetValueOrDefault(word) | wordClass;
        }

        var shorts = new List<(ulong Key, WordClass Class)>();
        var others = new List<string>();
        foreach ((string word, WordClass wordClass) in all)
        {
            foreach (char c in word)
            {
                if (c < 128 && !char.IsAsciiLetter(c))
                {
                    _entryMarks[c] = true;
                }
                else if (c >= 128 && char.ToUpperInvariant(c) < 128)
                {
                    _shortOff = true;
                }
            }

            if (TryKey(word.AsSpan(), out ulong key))
            {
                shorts.Add((key, wordClass));
            }
            else if (!word.Any(c => c >= 128))
            {
                others.Add(word); // an ASCII word that is not short can equal only these (or, with _shortOff, anything)
            }
        }

        int buckets = 64;
        while (buckets < shorts.Count)
        {
            buckets *= 2;
        }

        buckets *= 2;
        _shift = 64 - BitOperations.Log2((uint)buckets);
        var random = new Random(1);
        while (true)
        {
            _multiplier = (ulong)random.NextInt64() | 1;
            _keys = new ulong[buckets * BucketKeys];
            _classes = new WordClass[buckets * 8];
            if (Fill(shorts))
            {
                break;
            }
        }

        _all = all.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _longShapes = new WordShapes(others);
    }

    private bool Fill(List<(ulong Key, WordClass Class)> shorts)
    {
        foreach ((ulong key, WordClass wordClass) in shorts)
        {
            int bucket = Bucket(key);
            int slot = 0;
            while (slot < BucketKeys && _keys[(bucket * BucketKeys) + slot] != 0)
            {
                slot++;
            }

            if (slot == BucketKeys)
            {
                return false;
            }

            _keys[(bucket * BucketKeys) + slot] = key;
            _classes[(bucket * 8) + slot] = wordClass;
        }

        return true;
    }

    /// <summary>The lists the word <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] is in, ignoring case.</summary>
    public WordClass Of(string text, int start, int length)
    {
        if (length <= MaxShortLength && start + MaxShortLength <= text.Length && !_shortOff)
        {
            // Eight characters from the word's start; those past its end are masked off.
            Vector128<ushort> lower = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start)))
                | Vector128.Create((ushort)0x20);
            // Unsigned: (c | 0x20) - 'a' <= 25 only for the ASCII letters of either case.
            uint notLetters = Vector128.GreaterThan(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25)).ExtractMostSignificantBits();
            if ((notLetters & ((1u << length) - 1)) == 0)
            {
                return OfKey(Vector128.Narrow(lower, lower).AsUInt64().ToScalar() & (ulong.MaxValue >> ((MaxShortLength - length) * 8)));
            }
        }

        return Of(text.AsSpan(start, length));
    }

    /// <summary>The lists <paramref name="word"/> is in, ignoring case.</summary>
    public WordClass Of(ReadOnlySpan<char> word) =>
        !_shortOff && TryKey(word, out ulong key) ? OfKey(key) : OfOther(word);

    private WordClass OfKey(ulong key)
    {
        int bucket = Bucket(key);
        uint equal = Vector256.Equals(Vector256.LoadUnsafe(ref _keys[bucket * BucketKeys]), Vector256.Create(key)).ExtractMostSignificantBits();
        return _classes[(bucket * 8) + BitOperations.TrailingZeroCount(equal | (1u << BucketKeys))];
    }

    /// <summary>
    /// The class of the word token <paramref name="word"/> read without its possessive ending (<c>Kosovo's</c> as
    /// <c>Kosovo</c>): the token's own class unless it has that ending. The token's class must be from this table.
    /// </summary>
    public WordClass OfWithoutPossessive(string text, in Token word)
    {
        ReadOnlySpan<char> w = text.AsSpan(word.Start, word.Length);
        ReadOnlySpan<char> stem = AttributionWords.WithoutPossessive(w);
        return stem.Length == w.Length ? word.Class : Of(stem);
    }

    private WordClass OfOther(ReadOnlySpan<char> word)
    {
        bool ascii = true;
        foreach (char c in word)
        {
            if (c < 128 && !char.IsAsciiLetter(c) && !_entryMarks[c])
            {
                return WordClass.None;
            }

            ascii &= c < 128;
        }

        // A word with a character beyond ASCII may equal any entry (the dotless i equals I): no filter for it.
        bool mayBeEntry = _shortOff || !ascii || _longShapes.MayContain(word);
        return mayBeEntry && _all.TryGetValue(word, out WordClass wordClass) ? wordClass : WordClass.None;
    }

    private int Bucket(ulong key) => (int)((key * _multiplier) >> _shift);

    // The short key of a word of one to eight ASCII letters: its lower-case letters as bytes, the first lowest.
    private static bool TryKey(ReadOnlySpan<char> word, out ulong key)
    {
        key = 0;
        if (word.Length == 0 || word.Length > MaxShortLength)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            if (!char.IsAsciiLetter(word[i]))
            {
                return false;
            }

            key |= (ulong)(word[i] | 0x20) << (8 * i);
        }

        return true;
    }
}
