using FuzzySharp;
using FuzzySharp.PreProcess;
using QuoteCheck.Quotes;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// Groups the same quote across documents. Candidates come from an inverted index of rare folded
/// words (a word in more than <see cref="CommonWordLimit"/> quotes is not a key), so the work grows
/// with the number of quotes, not its square; each candidate pair is then scored with FuzzySharp over
/// our own folded text (no FuzzySharp preprocessing).
/// </summary>
internal static class QuoteAligner
{
    /// <summary>A word shared by more quotes than this says nothing about which quote it is.</summary>
    public const int CommonWordLimit = 64;

    /// <summary>How many rare words two quotes must share before they are compared (fewer when a quote has fewer).</summary>
    public const int MinSharedWords = 3;

    /// <summary>
    /// Above this many characters (both quotations together) the character-level scores are not computed:
    /// their edit distance costs the product of the two lengths, and a quotation left open in a huge
    /// paragraph would stall the check. Such pairs are scored on their words (Dice) instead.
    /// </summary>
    public const int MaxEditDistanceChars = 2_000;

    public static List<List<QuoteEntry>> Group(IReadOnlyList<QuoteEntry> entries, CancellationToken cancellationToken)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            foreach (string word in entries[i].Words.Distinct(StringComparer.Ordinal))
            {
                if (word.Length < 3 || TextFolding.IsStopWord(word))
                {
                    continue;
                }

                if (!postings.TryGetValue(word, out List<int>? list))
                {
                    postings[word] = list = [];
                }

                list.Add(i);
            }
        }

        // Count the rare words each candidate pair shares (cheap integer work), and score with
        // FuzzySharp only the pairs that share enough of them: one shared word is evidence for a
        // one- or two-word partial quote, not for two long quotes that both name the same person.
        var rareWords = new int[entries.Count];
        foreach (List<int> list in postings.Values)
        {
            if (list.Count <= CommonWordLimit)
            {
                foreach (int i in list)
                {
                    rareWords[i]++;
                }
            }
        }

        var shared = new Dictionary<long, int>();
        foreach (List<int> list in postings.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (list.Count < 2 || list.Count > CommonWordLimit)
            {
                continue;
            }

            for (int a = 0; a < list.Count; a++)
            {
                for (int b = a + 1; b < list.Count; b++)
                {
                    if (entries[list[a]].Cluster == entries[list[b]].Cluster)
                    {
                        long key = ((long)list[a] << 32) | (uint)list[b];
                        shared[key] = shared.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        var sets = new DisjointSets(entries.Count);
        foreach (long key in shared.Keys.Order())
        {
            cancellationToken.ThrowIfCancellationRequested();
            int a = (int)(key >> 32), b = (int)(uint)key;
            int needed = Math.Min(MinSharedWords, Math.Min(rareWords[a], rareWords[b]));
            if (shared[key] >= needed && Compare(entries[a], entries[b]).Matches)
            {
                sets.Union(a, b);
            }
        }

        var groups = new SortedDictionary<int, List<QuoteEntry>>();
        for (int i = 0; i < entries.Count; i++)
        {
            int root = sets.Find(i);
            if (!groups.TryGetValue(root, out List<QuoteEntry>? group))
            {
                groups[root] = group = [];
            }

            group.Add(entries[i]);
        }

        return [.. groups.Values];
    }

    /// <summary>How two wordings relate: equal, one inside the other, alike, or not the same quote.</summary>
    public static QuoteMatch Compare(QuoteEntry x, QuoteEntry y)
    {
        if (string.Equals(x.Folded, y.Folded, StringComparison.Ordinal))
        {
            return new QuoteMatch(QuoteRelation.Equal, 100);
        }

        (QuoteEntry shorter, QuoteEntry longer) = x.Words.Length <= y.Words.Length ? (x, y) : (y, x);
        bool huge = x.Folded.Length + y.Folded.Length > MaxEditDistanceChars;
        int ratio = huge ? (int)Math.Round(ContentDice(x.Words, y.Words) * 100) : Fuzz.Ratio(x.Folded, y.Folded, PreprocessMode.None);
        if (ContainsRun(longer.Words, shorter.Words) && shorter.Words.Any(static w => w.Length >= 4 && !TextFolding.IsStopWord(w)))
        {
            return new QuoteMatch(QuoteRelation.Contained, ratio);
        }

        // Indirect speech is the reporter's paraphrase: it joins a quote only when it keeps most of its words.
        bool indirect = x.Quote.Kind == QuoteKind.Indirect || y.Quote.Kind == QuoteKind.Indirect;
        double dice = ContentDice(x.Words, y.Words);
        int tokenSort = huge ? ratio : Fuzz.TokenSortRatio(x.Folded, y.Folded, PreprocessMode.None);
        bool alike = indirect
            ? dice >= 0.6 && shorter.Words.Length >= 4
            : ratio >= 80 || (dice >= 0.5 && tokenSort >= 60 && shorter.Words.Length >= 4);
        return new QuoteMatch(alike ? QuoteRelation.Similar : QuoteRelation.Different, ratio);
    }

    /// <summary>Whether <paramref name="run"/> appears as consecutive words of <paramref name="words"/>.</summary>
    public static bool ContainsRun(string[] words, string[] run) => IndexOfRun(words, run) >= 0;

    public static int IndexOfRun(string[] words, string[] run)
    {
        if (run.Length == 0 || run.Length > words.Length)
        {
            return -1;
        }

        for (int i = 0; i + run.Length <= words.Length; i++)
        {
            int k = 0;
            while (k < run.Length && string.Equals(words[i + k], run[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == run.Length)
            {
                return i;
            }
        }

        return -1;
    }

    private static double ContentDice(string[] a, string[] b)
    {
        var x = new HashSet<string>(a.Where(static w => !TextFolding.IsStopWord(w)), StringComparer.Ordinal);
        var y = new HashSet<string>(b.Where(static w => !TextFolding.IsStopWord(w)), StringComparer.Ordinal);
        if (x.Count + y.Count == 0)
        {
            return 0;
        }

        int common = x.Count(y.Contains);
        return 2.0 * common / (x.Count + y.Count);
    }
}

/// <summary>One quote of one document, folded for comparison.</summary>
internal sealed record QuoteEntry(int Document, int Cluster, Quote Quote, string[] Words, string Folded, string[] Display);

/// <summary>How two wordings of a quote relate.</summary>
internal enum QuoteRelation
{
    Different,
    Similar,
    Contained,
    Equal,
}

/// <summary>The relation and FuzzySharp's ratio over the folded texts.</summary>
internal readonly record struct QuoteMatch(QuoteRelation Relation, int Similarity)
{
    public bool Matches => Relation != QuoteRelation.Different;
}
