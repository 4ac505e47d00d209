namespace QuoteCheck.CrossCheck;

/// <summary>FNV-1a over UTF-16 code units: stable across processes, unlike <see cref="string.GetHashCode()"/>, so sketches and output stay deterministic.</summary>
internal static class StableHash
{
    public static ulong Of(ReadOnlySpan<char> text, ulong seed = 14695981039346656037UL)
    {
        ulong hash = seed;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
