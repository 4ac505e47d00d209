namespace QuoteCheck.CrossCheck;

/// <summary>
/// Counts, for one item at a time, how many keys (rare words, names, passage hashes) it shares with each
/// other item, so that the items worth comparing are found without a table of all pairs: one array of
/// counters, reused from item to item, and the list of the items it touched. Not thread-safe; one per step.
/// </summary>
internal sealed class SharedKeyCounter(int items)
{
    private readonly int[] _counts = new int[items];
    private readonly List<int> _touched = [];

    /// <summary>The items that share at least one key with the current one, in the order first met.</summary>
    public List<int> Touched => _touched;

    /// <summary>How many keys the current item shares with <paramref name="other"/>.</summary>
    public int this[int other] => _counts[other];

    /// <summary>Counts one more shared key with <paramref name="other"/>.</summary>
    public void Add(int other)
    {
        if (_counts[other]++ == 0)
        {
            _touched.Add(other);
        }
    }

    /// <summary>Forgets the counts, ready for the next item (costs the items touched, not all items).</summary>
    public void Clear()
    {
        foreach (int other in _touched)
        {
            _counts[other] = 0;
        }

        _touched.Clear();
    }
}
