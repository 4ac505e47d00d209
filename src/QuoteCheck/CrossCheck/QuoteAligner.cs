using System.Runtime.InteropServices;
using FuzzySharp;
using FuzzySharp.PreProcess;
using QuoteCheck.Quotes;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// Groups the same quote across documents. Candidates come from an inverted index of rare folded
/// words (a word in more than <see cref="CommonWordLimit"/> quotes is not a key), so the work grows
/// with the number of quotes, not its square; each candidate pair is then scored with FuzzySharp's ratios over
/// our own folded text (no FuzzySharp preprocessing; the plain ratio computed by <see cref="LcsRatio"/>).
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

    /// <summary>The groups of two or more versions of one quote, in the order of their first quote.</summary>
    public static List<List<QuoteEntry>> Group(IReadOnlyList<QuoteEntry> entries, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        // Word ids instead of strings: the pair work below is integer work over arrays. Each id's quote count is
        // kept (words of three letters or more only: shorter ones are never keys for finding candidates).
        int n = entries.Count;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] quotesWith = new int[256];
        for (int i = 0; i < n; i++)
        {
            string[] content = entries[i].Content;
            int[] contentIds = new int[content.Length];
            for (int k = 0; k < content.Length; k++)
            {
                string word = content[k];
                ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, word, out bool known);
                if (!known)
                {
                    id = ids.Count - 1;
                    if (id == quotesWith.Length)
                    {
                        Array.Resize(ref quotesWith, id * 2);
                    }
                }

                contentIds[k] = id;
                if (word.Length >= 3)
                {
                    quotesWith[id]++;
                }
            }

            Array.Sort(contentIds);
            entries[i].ContentIds = contentIds;
        }

        // Each quote joins the group of the first leader it matches, leaders taken fullest direct wording
        // first; otherwise it leads a group of its own. A quote is never joined through a third one: joining
        // transitively let one long speech transcript, which holds many short phrases verbatim, chain
        // thousands of unrelated quotes into one group.
        int[] order = new int[n];
        var leaderOrder = new LeaderOrder(n);
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            leaderOrder.Rank[i] = LeaderRank(entries[i].Quote.Kind);
            leaderOrder.Length[i] = entries[i].Words.Length;
        }

        Array.Sort(order, leaderOrder);

        // Which quote leads depends on the quotes before it, so the decisions are taken in order; but whether
        // two quotes match does not, and that is the costly part. So first, on all cores, each quote finds every
        // earlier quote of its cluster that it matches; then one pass in order takes the first of those that
        // leads. The result is the one a single pass comparing with leaders only would give.
        int[][] matches = FindEarlierMatches(entries, RareWords.Of(entries, order, quotesWith), order, maxDegreeOfParallelism, cancellationToken);
        var leaderOf = new int[n];
        foreach (int a in order)
        {
            leaderOf[a] = a;
            foreach (int b in matches[a])
            {
                if (leaderOf[b] == b)
                {
                    leaderOf[a] = b;
                    break;
                }
            }
        }

        // Groups of two or more quotes, in the order of their first quote, each quote in input order. A quote alone is
        // never a finding (QuoteFindings lines up versions), and most quotes are alone: they get no list.
        int[] members = new int[n];
        foreach (int leader in leaderOf)
        {
            members[leader]++;
        }

        var groupAt = new List<QuoteEntry>?[n];
        var ordered = new List<List<QuoteEntry>>();
        for (int i = 0; i < n; i++)
        {
            int leader = leaderOf[i];
            if (members[leader] < 2)
            {
                continue;
            }

            if (groupAt[leader] is not { } group)
            {
                groupAt[leader] = group = new List<QuoteEntry>(members[leader]);
                ordered.Add(group);
            }

            group.Add(entries[i]);
        }

        return ordered;
    }

    /// <summary>
    /// Leader order: direct wordings first (<see cref="LeaderRank"/>), then the longer, then input order; read from
    /// two arrays filled once, not from the quotes at every comparison.
    /// </summary>
    private sealed class LeaderOrder(int count) : IComparer<int>
    {
        public int[] Rank { get; } = new int[count];

        public int[] Length { get; } = new int[count];

        public int Compare(int x, int y)
        {
            int byRank = Rank[x].CompareTo(Rank[y]);
            if (byRank != 0)
            {
                return byRank;
            }

            int byLength = Length[y].CompareTo(Length[x]);
            return byLength != 0 ? byLength : x.CompareTo(y);
        }
    }

    /// <summary>
    /// The rare words (keys of three letters or more in at most <see cref="CommonWordLimit"/> quotes, of all
    /// clusters) of every quote, and each rare word's quotes by position in leader order, ascending: both as
    /// one flat array with offsets, filled in leader order so that the lists come out sorted.
    /// </summary>
    private sealed class RareWords
    {
        private readonly int[] _wordStart;
        private readonly int[] _words;
        private readonly int[] _postingStart;
        private readonly int[] _postings;

        private RareWords(int[] wordStart, int[] words, int[] postingStart, int[] postings)
        {
            _wordStart = wordStart;
            _words = words;
            _postingStart = postingStart;
            _postings = postings;
        }

        /// <summary>The rare word ids of the quote at position <paramref name="p"/> in leader order.</summary>
        public ReadOnlySpan<int> WordsAt(int p) => _words.AsSpan(_wordStart[p], _wordStart[p + 1] - _wordStart[p]);

        /// <summary>The positions, ascending, of the quotes that have the rare word <paramref name="id"/>.</summary>
        public ReadOnlySpan<int> PositionsOf(int id) => _postings.AsSpan(_postingStart[id], _postingStart[id + 1] - _postingStart[id]);

        public static RareWords Of(IReadOnlyList<QuoteEntry> entries, int[] order, int[] quotesWith)
        {
            int n = order.Length;
            int[] wordStart = new int[n + 1];
            int[] postingStart = new int[quotesWith.Length + 1];
            for (int p = 0; p < n; p++)
            {
                int count = 0;
                foreach (int id in entries[order[p]].ContentIds!)
                {
                    if (IsRare(quotesWith[id]))
                    {
                        count++;
                        postingStart[id + 1]++;
                    }
                }

                wordStart[p + 1] = wordStart[p] + count;
            }

            for (int id = 0; id < quotesWith.Length; id++)
            {
                postingStart[id + 1] += postingStart[id];
            }

            int[] words = new int[wordStart[n]];
            int[] postings = new int[words.Length];
            int[] filled = postingStart[..^1];
            for (int p = 0; p < n; p++)
            {
                int at = wordStart[p];
                foreach (int id in entries[order[p]].ContentIds!)
                {
                    if (IsRare(quotesWith[id]))
                    {
                        words[at++] = id;
                        postings[filled[id]++] = p;
                    }
                }
            }

            return new RareWords(wordStart, words, postingStart, postings);

            // A count of zero is a word of one or two letters (never a key); the common words name no quote.
            static bool IsRare(int quotes) => quotes is > 0 and <= CommonWordLimit;
        }
    }

    /// <summary>
    /// For each quote, the earlier quotes (in leader order) of its cluster that it matches, in that order. Candidates
    /// share enough rare words (one array of counters per worker, reused across quotes): one shared word is
    /// evidence for a one- or two-word partial quote, not for two long quotes that both name the same person.
    /// </summary>
    private static int[][] FindEarlierMatches(IReadOnlyList<QuoteEntry> entries, RareWords rare, int[] order, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        // Everything by position in leader order, in flat arrays, so that a quote reads only the part of a word's
        // list before itself, and no quote object is touched while counting.
        int n = entries.Count;
        var clusterAt = new int[n];
        var rareCountAt = new int[n];
        for (int p = 0; p < n; p++)
        {
            clusterAt[p] = entries[order[p]].Cluster;
            rareCountAt[p] = rare.WordsAt(p).Length;
        }

        var matches = new int[n][];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(
            0,
            n,
            options,
            () => (Shared: new SharedKeyCounter(n), Candidates: new List<int>()),
            (pa, _, local) =>
            {
                (SharedKeyCounter shared, List<int> candidates) = local;
                int a = order[pa];
                foreach (int id in rare.WordsAt(pa))
                {
                    foreach (int pb in rare.PositionsOf(id))
                    {
                        if (pb >= pa)
                        {
                            break;
                        }

                        if (clusterAt[pb] == clusterAt[pa])
                        {
                            shared.Add(pb);
                        }
                    }
                }

                // Most candidates share one word, so they are filtered before they are sorted.
                candidates.Clear();
                foreach (int pb in shared.Touched)
                {
                    if (shared[pb] >= Math.Min(MinSharedWords, Math.Min(rareCountAt[pa], rareCountAt[pb])))
                    {
                        candidates.Add(pb);
                    }
                }

                shared.Clear();
                candidates.Sort();
                List<int>? found = null;
                foreach (int pb in candidates)
                {
                    int b = order[pb];
                    if (MayMatch(entries[a], entries[b]) && Matches(entries[a], entries[b]))
                    {
                        (found ??= []).Add(b);
                    }
                }

                matches[a] = found is null ? [] : [.. found];
                return local;
            },
            static _ => { });
        return matches;
    }

    /// <summary>Direct wordings lead groups before partial quotes, and those before paraphrases.</summary>
    private static int LeaderRank(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct or QuoteKind.MultiParagraph => 0,
        QuoteKind.Partial => 1,
        _ => 2,
    };

    /// <summary>
    /// False only when <see cref="Compare"/> is sure to answer <see cref="QuoteRelation.Different"/>, found from
    /// cheap bounds: containment needs every content word of the shorter quote in the longer one, the word
    /// scores need a shared share of content words, and FuzzySharp's ratio (twice the longest common
    /// subsequence over both lengths) can be no higher than the characters the two texts have in common.
    /// </summary>
    private static bool MayMatch(QuoteEntry x, QuoteEntry y)
    {
        if (MayBeEqualOrContained(x, y, out double dice))
        {
            return true;
        }

        int shorterWords = Math.Min(x.Words.Length, y.Words.Length);
        if (x.Quote.Kind == QuoteKind.Indirect || y.Quote.Kind == QuoteKind.Indirect)
        {
            return dice >= 0.6 && shorterWords >= 4;
        }

        return (dice >= 0.5 && shorterWords >= 4) || MaySimilarity(x, y, 80, dice);
    }

    /// <summary>
    /// False only when the similarity <see cref="Compare"/> reports is sure to be below <paramref name="similarity"/>
    /// and the two are neither equal nor one inside the other. Used to skip the edit distance where it cannot matter.
    /// </summary>
    public static bool MayBeAtLeast(QuoteEntry x, QuoteEntry y, int similarity) =>
        MayBeEqualOrContained(x, y, out double dice) || MaySimilarity(x, y, similarity, dice);

    /// <summary>
    /// Whether the two may be equal or one inside the other (containment needs every content word of the
    /// shorter in the longer: <see cref="Compare"/> decides); otherwise gives their content-word Dice score.
    /// </summary>
    private static bool MayBeEqualOrContained(QuoteEntry x, QuoteEntry y, out double dice)
    {
        dice = 1;
        if (string.Equals(x.Folded, y.Folded, StringComparison.Ordinal))
        {
            return true;
        }

        int common = CountCommon(x, y);
        string[] shorterContent = x.Words.Length <= y.Words.Length ? x.Content : y.Content;
        dice = Dice(common, x, y);
        return common == shorterContent.Length && shorterContent.Length > 0;
    }

    /// <summary>
    /// Whether FuzzySharp's ratio (twice the longest common subsequence over both lengths, rounded) can reach
    /// <paramref name="similarity"/>: the common subsequence is no longer than the characters the two texts share.
    /// Over <see cref="MaxEditDistanceChars"/> the similarity is the Dice score itself.
    /// </summary>
    private static bool MaySimilarity(QuoteEntry x, QuoteEntry y, int similarity, double dice)
    {
        double needed = (similarity - 0.5) / 100;
        if (x.Folded.Length + y.Folded.Length > MaxEditDistanceChars)
        {
            return dice >= needed - 0.001;
        }

        ushort[] hx = x.Letters, hy = y.Letters;
        int shared = 0;
        for (int c = 0; c < hx.Length; c++)
        {
            shared += Math.Min(hx[c], hy[c]);
        }

        return 2.0 * shared >= (needed - 0.001) * (x.Folded.Length + y.Folded.Length);
    }

    private static double Dice(int common, QuoteEntry x, QuoteEntry y)
    {
        int total = x.Content.Length + y.Content.Length;
        return total == 0 ? 0 : 2.0 * common / total;
    }

    /// <summary>How many content words two quotes share: a merge of their sorted word ids, numbered by <see cref="Group"/>.</summary>
    private static int CountCommon(QuoteEntry x, QuoteEntry y)
    {
        int[] a = IdsOf(x), b = IdsOf(y);
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;

        static int[] IdsOf(QuoteEntry entry) =>
            entry.ContentIds ?? throw new InvalidOperationException("Quote entries are compared only after Group has numbered their words.");
    }

    /// <summary>How two wordings relate: equal, one inside the other, alike, or not the same quote.</summary>
    public static QuoteMatch Compare(QuoteEntry x, QuoteEntry y)
    {
        if (string.Equals(x.Folded, y.Folded, StringComparison.Ordinal))
        {
            return new QuoteMatch(QuoteRelation.Equal, 100);
        }

        int ratio = Ratio(x, y);
        if (IsContained(x, y))
        {
            return new QuoteMatch(QuoteRelation.Contained, ratio);
        }

        return new QuoteMatch(IsAlike(x, y, ratio) ? QuoteRelation.Similar : QuoteRelation.Different, ratio);
    }

    /// <summary>
    /// <see cref="Compare"/>'s answer to whether the two are one quote, without the scores it does not need:
    /// grouping asks only that, and the edit distances are most of a comparison's cost.
    /// </summary>
    private static bool Matches(QuoteEntry x, QuoteEntry y) =>
        string.Equals(x.Folded, y.Folded, StringComparison.Ordinal) || IsContained(x, y) || IsAlike(x, y, ratio: null);

    /// <summary>Whether the shorter wording runs, word for word, inside the longer and has a word of substance.</summary>
    private static bool IsContained(QuoteEntry x, QuoteEntry y)
    {
        (QuoteEntry shorter, QuoteEntry longer) = x.Words.Length <= y.Words.Length ? (x, y) : (y, x);
        return ContainsRun(longer.Words, shorter.Words) && shorter.Words.Any(static w => w.Length >= 4 && !TextFolding.IsStopWord(w));
    }

    /// <summary>
    /// Whether two wordings that are neither equal nor contained are alike; <paramref name="ratio"/> is
    /// <see cref="Ratio"/>, computed here only when the answer depends on it.
    /// </summary>
    private static bool IsAlike(QuoteEntry x, QuoteEntry y, int? ratio)
    {
        int shorterWords = Math.Min(x.Words.Length, y.Words.Length);
        double dice = ContentDice(x, y);

        // Indirect speech is the reporter's paraphrase: it joins a quote only when it keeps most of its words.
        if (x.Quote.Kind == QuoteKind.Indirect || y.Quote.Kind == QuoteKind.Indirect)
        {
            return dice >= 0.6 && shorterWords >= 4;
        }

        int r = ratio ?? Ratio(x, y);
        if (r >= 80)
        {
            return true;
        }

        return dice >= 0.5 && shorterWords >= 4 && (IsHuge(x, y) ? r : Fuzz.TokenSortRatio(x.Folded, y.Folded, PreprocessMode.None)) >= 60;
    }

    /// <summary>FuzzySharp's ratio over the folded texts (<see cref="LcsRatio"/>), or the content-word Dice score where they are huge.</summary>
    private static int Ratio(QuoteEntry x, QuoteEntry y) =>
        IsHuge(x, y) ? (int)Math.Round(ContentDice(x, y) * 100) : LcsRatio.Of(x.Folded, y.Folded);

    private static bool IsHuge(QuoteEntry x, QuoteEntry y) => x.Folded.Length + y.Folded.Length > MaxEditDistanceChars;

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

    private static double ContentDice(QuoteEntry x, QuoteEntry y) => Dice(CountCommon(x, y), x, y);
}

/// <summary>One quote of one document, folded for comparison.</summary>
internal sealed record QuoteEntry(int Document, int Cluster, Quote Quote, string[] Words, string Folded)
{
    private ushort[]? _letters;
    private string[]? _display;
    private string? _surname;
    private bool _surnameKnown;

    /// <summary>
    /// The speaker's folded surname (<see cref="SpeakerMatcher.Surname"/>), worked out once: findings ask for it
    /// for every pair of named versions of a quote.
    /// </summary>
    public string? Surname
    {
        get
        {
            if (!_surnameKnown)
            {
                _surname = SpeakerMatcher.Surname(Quote.Speaker);
                _surnameKnown = true;
            }

            return _surname;
        }
    }

    /// <summary>
    /// <see cref="Content"/> as word ids of one grouping run, in ascending order (set by <see cref="QuoteAligner.Group"/>,
    /// which numbers the words anyway, before any two quotes are compared): comparing two quotes' words is integer work.
    /// </summary>
    public int[]? ContentIds { get; set; }

    /// <summary>The words as folded for display, spelling as written (only findings need them, so made on demand).</summary>
    public string[] Display => _display ??= TextFolding.Words(Quote.Text, unifySpelling: false);

    /// <summary>
    /// The distinct words that are not stop words, in ordinal order (for Dice scores and blocking). Made with the
    /// entry, which happens per document on all cores, since grouping reads it for every quote.
    /// </summary>
    public string[] Content { get; } = ContentOf(Words);

    /// <summary>
    /// How often each character occurs in <see cref="Folded"/>, one bucket per lower-case ASCII letter, digit and the
    /// space (all a fold leaves of ASCII) and one shared by every other character: sharing can only raise the
    /// similarity bound computed from them, never lower it below the truth. Counts stop at <see cref="ushort.MaxValue"/>:
    /// the bound reads them only for quotes of at most <see cref="QuoteAligner.MaxEditDistanceChars"/> characters, and
    /// the size matters when every quote of an archive has them (38 counts, not one per ASCII character).
    /// </summary>
    public ushort[] Letters => _letters ??= CountLetters(Folded);

    /// <summary>
    /// Sorts and deduplicates in the thread's scratch array, then copies the answer out at its size (every quote
    /// needs this once, so no query operators, and one array per quote rather than one made and one cut down).
    /// </summary>
    private static string[] ContentOf(string[] words)
    {
        string[] scratch = t_content is { } kept && kept.Length >= words.Length ? kept : (t_content = new string[Math.Max(words.Length, 64)]);
        int count = 0;
        foreach (string word in words)
        {
            if (!TextFolding.IsStopWord(word))
            {
                scratch[count++] = word;
            }
        }

        scratch.AsSpan(0, count).Sort(OrdinalOrder);
        int distinct = 0;
        for (int k = 0; k < count; k++)
        {
            if (distinct == 0 || !string.Equals(scratch[k], scratch[distinct - 1], StringComparison.Ordinal))
            {
                scratch[distinct++] = scratch[k];
            }
        }

        string[] content = scratch[..distinct];
        if (scratch.Length > MaxKeptContent)
        {
            t_content = null; // a huge quote: let its scratch go rather than keep it with the thread
        }
        else
        {
            Array.Clear(scratch, 0, count); // no words kept alive by the thread
        }

        return content;
    }

    private const int MaxKeptContent = 4096;

    /// <summary>Ordinal order as one delegate made once: sorting with a comparer object made a delegate per call.</summary>
    private static readonly Comparison<string> OrdinalOrder = string.CompareOrdinal;

    [ThreadStatic]
    private static string[]? t_content;

    private static ushort[] CountLetters(string folded)
    {
        var counts = new ushort[LetterBuckets];
        foreach (char c in folded)
        {
            ref ushort count = ref counts[BucketOf(c)];
            if (count < ushort.MaxValue)
            {
                count++;
            }
        }

        return counts;
    }

    /// <summary>a–z, 0–9, the space, and one bucket for the rest.</summary>
    private const int LetterBuckets = 38;

    private static int BucketOf(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        ' ' => 36,
        _ => 37,
    };
}

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
