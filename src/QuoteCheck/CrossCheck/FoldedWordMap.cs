namespace QuoteCheck.CrossCheck;

/// <summary>
/// One thread's map from a folded word, as characters, to the string that stands for it: open addressing with
/// linear probing over one array of slots, each with the word, its string and its hash. It replaces a
/// <see cref="Dictionary{TKey, TValue}"/> looked up through its span lookup, which was about a twentieth of the
/// native console's samples (every word of every quote, claim sentence and capitalised name goes through here):
/// no comparer called through an interface, no bucket-to-entry indirection, one cache line per probe, and the
/// hash compared before the characters. Not thread-safe.
/// </summary>
internal sealed class FoldedWordMap
{
    private Slot[] _slots = new Slot[1024];

    /// <summary>How many words are held.</summary>
    public int Count { get; private set; }

    /// <summary>The string held for <paramref name="word"/>, if any; <paramref name="hash"/> is <see cref="Hash"/> of it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out string value)
    {
        Slot[] slots = _slots;
        int mask = slots.Length - 1;
        for (int i = (int)(hash & (uint)mask); ; i = (i + 1) & mask)
        {
            ref Slot slot = ref slots[i];
            if (slot.Key is null)
            {
                value = string.Empty;
                return false;
            }

            if (slot.Hash == hash && word.SequenceEqual(slot.Key))
            {
                value = slot.Value;
                return true;
            }
        }
    }

    /// <summary>Holds <paramref name="value"/> for <paramref name="key"/>, which must not be held yet.</summary>
    public void Add(string key, uint hash, string value)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Slot[] old = _slots;
            _slots = new Slot[old.Length * 2];
            foreach (Slot slot in old)
            {
                if (slot.Key is not null)
                {
                    Place(slot);
                }
            }
        }

        Place(new Slot(key, value, hash));
        Count++;
    }

    /// <summary>Forgets every word, keeping the array.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        Count = 0;
    }

    /// <summary>The hash the map files a word under (FNV-1a over its characters, folded to 32 bits).</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        ulong hash = StableHash.Of(word);
        return (uint)(hash ^ (hash >> 32));
    }

    private void Place(Slot slot)
    {
        int mask = _slots.Length - 1;
        int i = (int)(slot.Hash & (uint)mask);
        while (_slots[i].Key is not null)
        {
            i = (i + 1) & mask;
        }

        _slots[i] = slot;
    }

    private readonly record struct Slot(string? Key, string Value, uint Hash);
}
