namespace QuoteCheck.CrossCheck;

/// <summary>
/// Which documents have which keys (names, passage hashes), both ways, in four flat arrays: each document's keys
/// numbered by first appearance, and each key's documents in ascending order. Built in two passes (count, then
/// fill) so that a run of many thousand documents makes a handful of arrays, not a list per key and per document.
/// Immutable once built.
/// </summary>
internal sealed class InvertedIndex
{
    private readonly int[] _keyStart;
    private readonly int[] _keys;
    private readonly int[] _ranks;
    private readonly int[] _postingStart;
    private readonly int[] _postings;

    private InvertedIndex(int[] keyStart, int[] keys, int[] ranks, int[] postingStart, int[] postings)
    {
        _keyStart = keyStart;
        _keys = keys;
        _ranks = ranks;
        _postingStart = postingStart;
        _postings = postings;
    }

    /// <summary>The numbers of a document's keys, in the order it gave them.</summary>
    public ReadOnlySpan<int> KeysOf(int document) => _keys.AsSpan(_keyStart[document], _keyStart[document + 1] - _keyStart[document]);

    /// <summary>
    /// For each of <see cref="KeysOf"/>, where the document stands in that key's <see cref="DocumentsWith"/>: the
    /// documents after it in the list are the later ones that share the key, with no search.
    /// </summary>
    public ReadOnlySpan<int> RanksOf(int document) => _ranks.AsSpan(_keyStart[document], _keyStart[document + 1] - _keyStart[document]);

    /// <summary>The documents that have the key numbered <paramref name="key"/>, ascending.</summary>
    public ReadOnlySpan<int> DocumentsWith(int key) => _postings.AsSpan(_postingStart[key], _postingStart[key + 1] - _postingStart[key]);

    /// <summary>Indexes the keys of each document; a document's keys must be distinct.</summary>
    public static InvertedIndex Of<TKey>(IReadOnlyList<TKey[]> keysByDocument, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        int n = keysByDocument.Count;
        int[] keyStart = new int[n + 1];
        for (int d = 0; d < n; d++)
        {
            keyStart[d + 1] = keyStart[d] + keysByDocument[d].Length;
        }

        // Number the keys, counting each key's documents on the way.
        var numbers = new Dictionary<TKey, int>(comparer);
        int[] keys = new int[keyStart[n]];
        int[] documentCount = new int[256];
        int at = 0;
        for (int d = 0; d < n; d++)
        {
            foreach (TKey key in keysByDocument[d])
            {
                ref int number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, key, out bool known);
                if (!known)
                {
                    number = numbers.Count - 1;
                    if (number == documentCount.Length)
                    {
                        Array.Resize(ref documentCount, number * 2);
                    }
                }

                documentCount[number]++;
                keys[at++] = number;
            }
        }

        int[] postingStart = new int[numbers.Count + 1];
        for (int key = 0; key < numbers.Count; key++)
        {
            postingStart[key + 1] = postingStart[key] + documentCount[key];
        }

        // Documents in ascending order, so each key's list comes out sorted; the rank is the fill count so far.
        int[] postings = new int[keys.Length];
        int[] ranks = new int[keys.Length];
        Array.Clear(documentCount);
        for (int d = 0; d < n; d++)
        {
            for (int k = keyStart[d]; k < keyStart[d + 1]; k++)
            {
                int key = keys[k];
                int rank = documentCount[key]++;
                ranks[k] = rank;
                postings[postingStart[key] + rank] = d;
            }
        }

        return new InvertedIndex(keyStart, keys, ranks, postingStart, postings);
    }
}
