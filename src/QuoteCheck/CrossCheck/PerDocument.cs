namespace QuoteCheck.CrossCheck;

/// <summary>
/// Runs the per-document part of a cross-check step (folding words, hashing passages, finding what claims
/// are about) on all cores; each result lands at its document's index, so the step that joins them sees the
/// same input whatever the thread count.
/// </summary>
internal static class PerDocument
{
    public static T[] Map<T>(int count, int maxDegreeOfParallelism, CancellationToken cancellationToken, Func<int, T> work)
    {
        var results = new T[count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, count, options, i => results[i] = work(i));
        return results;
    }
}
