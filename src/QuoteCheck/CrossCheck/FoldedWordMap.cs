namespace QuoteCheck.CrossCheck;

/// <summary>
/// One thread's map from a folded word, as characters, to the string that stands for it: open addressing with
/// linear probing over arrays, a word's hash kept beside it. It replaces a <see cref="Dictionary{TKey, TValue}"/>
/// looked up through its span lookup, which was about a twentieth of the native console's samples (every word of
/// every quote, claim sentence and capitalised name goes through here): no comparer called through an interface,
/// no bucket-to-entry indirection, and a probe compares the hash before the characters. Not thread-safe.
/// </summary>
internal sealed class FoldedWordMap
{
    private string?[] _keys = new string?[1024];
    private string[] _values = new string[1024];
    private uint[] _hashes = new uint[1024];

    /// <summary>How many words are held.</summary>
    public int Count { get; private set; }

    /// <summary>The string held for <paramref name="word"/>, if any.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out string value)
    {
        int mask = _keys.Length - 1;
        for (int i = (int)(hash & (uint)mask); ; i = (i + 1) & mask)
        {
            string? key = _keys[i];
            if (key is null)
            {
                value = string.Empty;
                return false;
            }

            if (_hashes[i] == hash && word.SequenceEqual(key))
            {
                value = _values[i];
                return true;
            }
        }
    }

    /// <summary>Holds <paramref name="value"/> for <paramref name="key"/>, which must not be held yet.</summary>
    public void Add(string key, uint hash, string value)
    {
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Place(key, hash, value);
        Count++;
    }

    /// <summary>Forgets every word, keeping the arrays.</summary>
    public void Clear()
    {
        Array.Clear(_keys);
        Array.Clear(_values);
        Count = 0;
    }

    /// <summary>The hash the map files a word under (FNV-1a over its characters, folded to 32 bits).</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        ulong hash = StableHash.Of(word);
        return (uint)(hash ^ (hash >> 32));
    }

    private void Place(string key, uint hash, string value)
    {
        int mask = _keys.Length - 1;
        int i = (int)(hash & (uint)mask);
        while (_keys[i] is not null)
        {
            i = (i + 1) & mask;
        }

        _keys[i] = key;
        _values[i] = value;
        _hashes[i] = hash;
    }

    private void Grow()
    {
        string?[] keys = _keys;
        string[] values = _values;
        uint[] hashes = _hashes;
        _keys = new string?[keys.Length * 2];
        _values = new string[keys.Length * 2];
        _hashes = new uint[keys.Length * 2];
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Place(key, hashes[i], values[i]);
            }
        }
    }
}
