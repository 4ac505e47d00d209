using System.Buffers;
using System.Collections.Frozen;
using QuoteCheck.Claims.Values;
using QuoteCheck.Definitions;
using QuoteCheck.Text;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// How the documents of a run relate before anything is compared: which cover the same event (they
/// share rare names), which are the same article twice, and the date each is read from (its own, or
/// one estimated from its event cluster). Built in near-linear time through inverted indexes whose
/// over-common keys are skipped. Immutable.
/// </summary>
internal sealed class SourceRelations
{
    private const int SharedNamesToRelate = 3;
    private const int ShingleWords = 5;
    private const int SketchSize = 16;

    /// <summary>
    /// How many of the <see cref="SketchSize"/> smallest shingle hashes two documents must share before their
    /// passages are counted: a copy (80% shared) shares about 13 of 16, and missing it by chance is unlikely.
    /// </summary>
    private const int SketchAgreement = 4;
    private const double DuplicateShare = 0.8;
    private const int MinimumShingles = 30;
    private const int CommonKeyLimit = 500;

    // A name shared by many documents pairs each with its next NamePairWindow documents only (by input
    // order), not with all of them: all pairs cost the square of the list (2,000 synthetic articles
    // took 48 s). Documents of one event share the same names, so the same neighbour pairs are counted
    // in each of those names' lists and the event is still joined, through the chain of neighbours.
    private const int NamePairWindow = 16;

    private static readonly SearchValues<char> LettersAndHyphen =
        SearchValues.Create("-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly FrozenSet<string> CalendarWords =
        WordList.Lines("calendar-words").SelectMany(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal);

    private SourceRelations(int[] cluster, int[] duplicateOf, int[] duplicatePercent, DateOnly?[] referenceDate, bool[] estimated)
    {
        Cluster = cluster;
        DuplicateOf = duplicateOf;
        DuplicatePercent = duplicatePercent;
        ReferenceDate = referenceDate;
        Estimated = estimated;
    }

    /// <summary>The event cluster of each document: documents in different clusters are never compared.</summary>
    public IReadOnlyList<int> Cluster { get; }

    /// <summary>For a copy, the index of the first document it copies; otherwise -1.</summary>
    public IReadOnlyList<int> DuplicateOf { get; }

    /// <summary>For a copy, the share of passages it shares with the original (0–100).</summary>
    public IReadOnlyList<int> DuplicatePercent { get; }

    /// <summary>The date each document is read from: its own, or estimated (see <see cref="Estimated"/>).</summary>
    public IReadOnlyList<DateOnly?> ReferenceDate { get; }

    /// <summary>Whether the reference date was estimated from the cluster.</summary>
    public IReadOnlyList<bool> Estimated { get; }

    public static SourceRelations Of(IReadOnlyList<DocumentAnalysis> documents, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        int n = documents.Count;
        int[] cluster = ClusterByNames(documents, maxDegreeOfParallelism, cancellationToken);
        (int[] duplicateOf, int[] percent) = FindDuplicates(documents, maxDegreeOfParallelism, cancellationToken);
        var reference = new DateOnly?[n];
        bool[] estimated = new bool[n];
        var datedByCluster = new Dictionary<int, List<DateOnly>>();
        for (int i = 0; i < n; i++)
        {
            if (documents[i].Document.Published is { } published)
            {
                reference[i] = published;
                if (!datedByCluster.TryGetValue(cluster[i], out List<DateOnly>? list))
                {
                    datedByCluster[cluster[i]] = list = [];
                }

                list.Add(published);
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (reference[i] is not null)
            {
                continue;
            }

            // The lower median of the cluster's dated articles: articles on one event appear within days of
            // each other. Failing that, the latest full date the article mentions itself.
            if (datedByCluster.TryGetValue(cluster[i], out List<DateOnly>? dates))
            {
                dates.Sort();
                reference[i] = dates[(dates.Count - 1) / 2];
                estimated[i] = true;
            }
            else if (LatestMentionedDay(documents[i]) is { } mentioned)
            {
                reference[i] = mentioned;
                estimated[i] = true;
            }
        }

        return new SourceRelations(cluster, duplicateOf, percent, reference, estimated);
    }

    private static DateOnly? LatestMentionedDay(DocumentAnalysis analysis)
    {
        DateOnly? latest = null;
        foreach (var claim in analysis.Claims)
        {
            if (claim.Value.Value is DateValue { IsResolved: true, Granularity: DateGranularity.Day, Start: { } day } && (latest is null || day > latest))
            {
                latest = day;
            }
        }

        return latest;
    }

    private static int[] ClusterByNames(IReadOnlyList<DocumentAnalysis> documents, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = documents.Count;
        string[][] nameWords = PerDocument.Map(n, maxDegreeOfParallelism, cancellationToken, i => NameWords(documents[i]));
        InvertedIndex index = InvertedIndex.Of(nameWords, StringComparer.Ordinal);

        // For each document, count the names it shares with each of its later neighbours in every
        // name's list (one array of counters reused across documents, no table of pairs).
        var sets = new DisjointSets(n);
        var shared = new SharedKeyCounter(n);
        for (int a = 0; a < n; a++)
        {
            ReadOnlySpan<int> names = index.KeysOf(a);
            ReadOnlySpan<int> ranks = index.RanksOf(a);
            for (int k = 0; k < names.Length; k++)
            {
                ReadOnlySpan<int> list = index.DocumentsWith(names[k]);
                if (list.Length < 2 || list.Length > CommonKeyLimit)
                {
                    continue;
                }

                int position = ranks[k];
                for (int j = position + 1; j < list.Length && j - position <= NamePairWindow; j++)
                {
                    shared.Add(list[j]);
                }
            }

            foreach (int b in shared.Touched)
            {
                if (shared[b] >= SharedNamesToRelate)
                {
                    sets.Union(a, b);
                }
            }

            shared.Clear();
        }

        return [.. Enumerable.Range(0, n).Select(sets.Find)];
    }

    /// <summary>Capitalised words (names, places) of the body, folded, each once, in the order first met.</summary>
    private static string[] NameWords(DocumentAnalysis analysis)
    {
        string text = analysis.Document.Text;
        var body = analysis.Document.Body;
        // The thread's own set and list, cleared per document: only the answer is allocated.
        HashSet<string> seen = t_seenNames ??= new HashSet<string>(StringComparer.Ordinal);
        List<string> names = t_names ??= [];
        seen.Clear();
        names.Clear();
        int i = body.Start;
        while (i < body.End)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < body.End)
            {
                // ASCII letters and hyphens in one vectorised step; a letter beyond ASCII goes on the word one at a time.
                int run = text.AsSpan(i, body.End - i).IndexOfAnyExcept(LettersAndHyphen);
                i = run < 0 ? body.End : i + run;
                if (i < body.End && text[i] > '\u007F' && char.IsLetter(text[i]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (char.IsUpper(text[start]) && i - start >= 3)
            {
                // A run without a hyphen is one word, and FoldWord folds it as Fold would, through the thread's
                // cache of folded words instead of a new array and string for every capitalised word.
                ReadOnlySpan<char> run = text.AsSpan(start, i - start);
                string folded = run.Contains('-') ? TextFolding.Fold(run) : TextFolding.FoldWord(run);
                if (!TextFolding.IsStopWord(folded) && !CalendarWords.Contains(folded) && seen.Add(folded))
                {
                    names.Add(folded);
                }
            }
        }

        string[] result = [.. names];
        if (seen.Count > MaxKeptNames)
        {
            (t_seenNames, t_names) = (null, null);
        }

        return result;
    }

    /// <summary>Past this many names (an archive-sized document) the thread's set is given back after use.</summary>
    private const int MaxKeptNames = 4096;

    [ThreadStatic]
    private static HashSet<string>? t_seenNames;

    [ThreadStatic]
    private static List<string>? t_names;

    private static (int[] DuplicateOf, int[] Percent) FindDuplicates(IReadOnlyList<DocumentAnalysis> documents, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = documents.Count;
        var shingles = new ulong[]?[n]; // kept only for documents that turn out to be candidates
        ulong[][] sketches = PerDocument.Map(n, maxDegreeOfParallelism, cancellationToken, i => Shingles(documents[i], sketch: true));
        InvertedIndex index = InvertedIndex.Of(sketches);

        // For each document, count the sketch values it shares with each later document (one array of
        // counters reused across documents), and measure the passages shared only where enough of the
        // sketch is: two copies of one story share nearly all of it, two stories on one template a few.
        int[] duplicateOf = [.. Enumerable.Repeat(-1, n)];
        int[] percent = new int[n];
        var shared = new SharedKeyCounter(n);
        for (int a = 0; a < n; a++)
        {
            ReadOnlySpan<int> keys = index.KeysOf(a);
            ReadOnlySpan<int> ranks = index.RanksOf(a);
            for (int k = 0; k < keys.Length; k++)
            {
                ReadOnlySpan<int> list = index.DocumentsWith(keys[k]);
                if (list.Length > CommonKeyLimit)
                {
                    continue;
                }

                for (int j = ranks[k] + 1; j < list.Length; j++)
                {
                    shared.Add(list[j]);
                }
            }

            shared.Touched.Sort();
            foreach (int b in shared.Touched)
            {
                if (shared[b] >= SketchAgreement && duplicateOf[b] < 0 && IsCopy(shingles[a] ??= Shingles(documents[a]), shingles[b] ??= Shingles(documents[b]), out int share))
                {
                    duplicateOf[b] = duplicateOf[a] >= 0 ? duplicateOf[a] : a;
                    percent[b] = share;
                }
            }

            shared.Clear();
        }

        return (duplicateOf, percent);
    }

    /// <summary>
    /// Whether one article copies the other: shared passages over the longer article's, so that a wire copy is
    /// the whole story, not a quote or a boilerplate paragraph that two different articles both carry.
    /// </summary>
    private static bool IsCopy(ulong[] first, ulong[] second, out int percent)
    {
        percent = 0;
        if (Math.Min(first.Length, second.Length) < MinimumShingles)
        {
            return false;
        }

        int i = 0, j = 0, common = 0;
        while (i < first.Length && j < second.Length)
        {
            if (first[i] == second[j])
            {
                common++;
                i++;
                j++;
            }
            else if (first[i] < second[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        double share = (double)common / Math.Max(first.Length, second.Length);
        percent = (int)Math.Round(share * 100, MidpointRounding.AwayFromZero);
        return share >= DuplicateShare;
    }

    /// <summary>
    /// The distinct hashes of a document's word five-grams (folded words, spelling unified) in ascending order,
    /// all of them, or with <paramref name="sketch"/> only the <see cref="SketchSize"/> smallest: a min-hash
    /// sketch, picked in one pass without sorting the rest. Each word is hashed once and each five-gram's hash
    /// rolled on from the last one's, in the thread's own buffer, so only the answer is allocated.
    /// </summary>
    private static ulong[] Shingles(DocumentAnalysis analysis, bool sketch = false)
    {
        SourceDocument doc = analysis.Document;
        ReadOnlySpan<ulong> words = TextFolding.WordHashes(doc.Body.Slice(doc.Text));
        int length = Math.Max(0, words.Length - ShingleWords + 1);
        if ((t_hashes?.Length ?? 0) < length)
        {
            t_hashes = new ulong[Math.Max(length, 1024) * 2];
        }

        Span<ulong> hashes = t_hashes.AsSpan(0, length);
        // A polynomial over the five word hashes, rolled: drop the oldest word's term, shift, add the next word.
        // Mixed afterwards so that the smallest values (the sketch) are a fair sample of the passages.
        const ulong Base = 1099511628211UL;
        const ulong OldestWeight = unchecked(Base * Base * Base * Base * Base);
        ulong rolling = 0;
        for (int w = 0; w < words.Length; w++)
        {
            rolling = (rolling * Base) + words[w];
            if (w >= ShingleWords)
            {
                rolling -= words[w - ShingleWords] * OldestWeight;
            }

            if (w >= ShingleWords - 1)
            {
                hashes[w - ShingleWords + 1] = Mix(rolling);
            }
        }

        return sketch ? Smallest(hashes, SketchSize) : SortedDistinct(hashes);
    }

    /// <summary>The <paramref name="count"/> smallest distinct values, ascending: insertion into a short sorted run.</summary>
    private static ulong[] Smallest(ReadOnlySpan<ulong> values, int count)
    {
        Span<ulong> best = stackalloc ulong[count];
        int kept = 0;
        foreach (ulong value in values)
        {
            if (kept == count && value >= best[kept - 1])
            {
                continue;
            }

            int at = best[..kept].BinarySearch(value);
            if (at >= 0)
            {
                continue; // already kept
            }

            at = ~at;
            int last = Math.Min(kept, count - 1);
            best[at..last].CopyTo(best[(at + 1)..]);
            best[at] = value;
            kept = Math.Min(kept + 1, count);
        }

        return best[..kept].ToArray();
    }

    private static ulong[] SortedDistinct(Span<ulong> values)
    {
        values.Sort();
        int count = 0;
        for (int k = 0; k < values.Length; k++)
        {
            if (count == 0 || values[k] != values[count - 1])
            {
                values[count++] = values[k];
            }
        }

        return values[..count].ToArray();
    }

    /// <summary>The 64-bit finaliser of MurmurHash3: every bit of the input moves every bit of the output.</summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    [ThreadStatic]
    private static ulong[]? t_hashes;
}
