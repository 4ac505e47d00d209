using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using QuoteCheck.Definitions;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// Folds text for comparison: case, diacritics, quote marks, apostrophes, dashes and punctuation, and
/// British/American spelling (Definitions/spelling-variants.txt). We fold ourselves and hand FuzzySharp
/// the result with no preprocessing, because its default strips every non-ASCII letter (Vučić would
/// lose its consonants). Thread-safe.
/// </summary>
internal static class TextFolding
{
    /// <summary>
    /// The spelling rules by the last two letters of their British suffix, longest suffix first within each: a
    /// word is tested only against the rules that could end it (the first rule that matches wins, as in the list
    /// taken longest first, since rules with other endings cannot match).
    /// </summary>
    private static readonly FrozenDictionary<int, (string British, string American)[]> SpellingRulesByEnding =
        WordList.Lines("spelling-variants")
            .Select(static line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(static parts => parts[0].Length >= 2 ? (British: parts[0], American: parts[1])
                : throw new InvalidOperationException($"spelling-variants: the suffix '{parts[0]}' is shorter than two letters"))
            .OrderByDescending(static rule => rule.British.Length)
            .GroupBy(static rule => Ending(rule.British))
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray());

    /// <summary>The last two characters of a word of two or more, as one key.</summary>
    private static int Ending(ReadOnlySpan<char> word) => (word[^2] << 16) | word[^1];

    /// <summary>The rules that may apply to <paramref name="word"/>: none under six letters (see the list's header).</summary>
    private static ReadOnlySpan<(string British, string American)> SpellingRulesFor(ReadOnlySpan<char> word) =>
        word.Length >= 6 && SpellingRulesByEnding.TryGetValue(Ending(word), out (string, string)[]? rules) ? rules : [];

    private static readonly FrozenSet<string> StopWords =
        WordList.Lines("quote-stop-words").SelectMany(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a folded word is too common to block or weigh on.</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);


    /// <summary>Folds a stretch of text to lower-case ASCII-ish words separated by single spaces.</summary>
    public static string Fold(ReadOnlySpan<char> text) => string.Join(' ', Words(text));

    /// <summary>A word folded into one token: "long-stalled" gives "longstalled", its parts folded as words.</summary>
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        // Most words are plain ASCII letters and digits: lowered into the thread's buffer and looked up, with no
        // list or array on the way (the claim concepts fold every word of a claim's sentence).
        if (word.Length > 0 && word.IndexOfAnyExcept(QuoteCheck.Text.AsciiRuns.LettersAndDigits) < 0)
        {
            WordCache cache = t_unified ??= new WordCache(unifySpelling: true);
            if (cache.Buffer.Length < word.Length)
            {
                cache.Buffer = new char[word.Length * 2];
            }

            Span<char> lowered = cache.Buffer.AsSpan(0, word.Length);
            System.Text.Ascii.ToLower(word, lowered, out _);
            return cache.Get(lowered);
        }

        string[] parts = Words(word);
        return parts.Length switch
        {
            0 => string.Empty,
            1 => parts[0],
            _ => string.Concat(parts),
        };
    }

    /// <summary>The folded words of a text, spelling variants unified unless <paramref name="unifySpelling"/> is false (for display).</summary>
    public static string[] Words(ReadOnlySpan<char> text, bool unifySpelling = true) => [.. WordsInPlace(text, unifySpelling)];

    /// <summary>
    /// <see cref="Words"/> without the copy: the thread's own list, valid until its next fold. For callers that
    /// only read the words once (hashing a whole article's passages).
    /// </summary>
    public static List<string> WordsInPlace(ReadOnlySpan<char> text, bool unifySpelling = true)
    {
        WordCache cache = unifySpelling ? (t_unified ??= new WordCache(unifySpelling: true)) : (t_plain ??= new WordCache(unifySpelling: false));
        var sink = new StringSink(cache);
        cache.Words.Clear();
        Fold(text, cache, ref sink);
        return cache.Words;
    }

    /// <summary>
    /// A 64-bit hash of each folded word of a text (spelling variants unified), in order: the thread's own buffer,
    /// valid until its next call. No word is made a string, so hashing a whole article's passages allocates nothing.
    /// The hash of a word is <see cref="StableHash.Of"/> over the characters <see cref="Words"/> would give it.
    /// </summary>
    public static ReadOnlySpan<ulong> WordHashes(ReadOnlySpan<char> text)
    {
        WordCache cache = t_unified ??= new WordCache(unifySpelling: true);
        var sink = new HashSink(cache);
        Fold(text, cache, ref sink);
        return cache.Hashes.AsSpan(0, sink.Count);
    }

    /// <summary>Receives each folded word in turn, as characters of the thread's buffer that are valid during the call only.</summary>
    private interface IWordSink
    {
        void Word(ReadOnlySpan<char> folded);
    }

    /// <summary>Makes each word its shared string (<see cref="WordCache.Get"/>) in the thread's list.</summary>
    private readonly struct StringSink(WordCache cache) : IWordSink
    {
        public void Word(ReadOnlySpan<char> folded) => cache.Words.Add(cache.Get(folded));
    }

    /// <summary>Hashes each word, spelling unified as <see cref="Spelling"/> would, into the thread's hash buffer.</summary>
    private struct HashSink(WordCache cache) : IWordSink
    {
        public int Count;

        public void Word(ReadOnlySpan<char> folded)
        {
            if (Count == cache.Hashes.Length)
            {
                Array.Resize(ref cache.Hashes, Count * 2);
            }

            cache.Hashes[Count++] = UnifiedHash(folded);
        }
    }

    /// <summary>The one folding loop: letters and digits lowered, marks dropped, apostrophes removed, anything else a break.</summary>
    private static void Fold<TSink>(ReadOnlySpan<char> text, WordCache cache, ref TSink sink)
        where TSink : struct, IWordSink
    {
        StringBuilder word = cache.Folded;
        char[] buffer = cache.Buffer;
        int length = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char raw = text[i];
            if (char.IsAsciiLetterOrDigit(raw))
            {
                // A run of ASCII letters and digits (most of a word) found with one vectorised search and lowered at once.
                int run = text[i..].IndexOfAnyExcept(QuoteCheck.Text.AsciiRuns.LettersAndDigits);
                int end = run < 0 ? text.Length : i + run;
                if (length + (end - i) > buffer.Length)
                {
                    Array.Resize(ref cache.Buffer, (length + (end - i)) * 2);
                    buffer = cache.Buffer;
                }

                System.Text.Ascii.ToLower(text[i..end], buffer.AsSpan(length), out int written);
                length += written;
                i = end - 1;
            }
            else if (IsApostrophe(raw))
            {
                // "we've" and "Kosovo's" stay one word: the apostrophe is dropped, not split on.
                continue;
            }
            else if (raw >= 128 && char.IsLetterOrDigit(raw))
            {
                word.Clear();
                AppendFolded(word, raw);
                if (length + word.Length > cache.Buffer.Length)
                {
                    Array.Resize(ref cache.Buffer, (length + word.Length) * 2);
                }

                buffer = cache.Buffer;
                word.CopyTo(0, buffer.AsSpan(length), word.Length);
                length += word.Length;
            }
            else if (length > 0)
            {
                sink.Word(buffer.AsSpan(0, length));
                length = 0;
            }
        }

        if (length > 0)
        {
            sink.Word(buffer.AsSpan(0, length));
        }
    }

    [ThreadStatic]
    private static WordCache? t_unified;

    [ThreadStatic]
    private static WordCache? t_plain;

    /// <summary>
    /// One thread's folded words, each made a string once: the same few thousand words recur in every
    /// article, and a string per occurrence was most of the cross-check's allocation. Bounded: cleared when full.
    /// </summary>
    private sealed class WordCache(bool unifySpelling)
    {
        private const int Capacity = 100_000;
        private readonly FoldedWordMap _words = new();

        public char[] Buffer = new char[64];

        public ulong[] Hashes = new ulong[1024];

        public List<string> Words { get; } = [];

        /// <summary>One non-ASCII letter decomposed and folded (reused; most text never needs it).</summary>
        public StringBuilder Folded { get; } = new();

        public string Get(ReadOnlySpan<char> folded)
        {
            uint hash = FoldedWordMap.Hash(folded);
            if (_words.TryGetValue(folded, hash, out string known))
            {
                return known;
            }

            if (_words.Count >= Capacity)
            {
                _words.Clear();
            }

            string word = new(folded);
            string result = unifySpelling ? Spelling(word) : word;
            _words.Add(word, hash, result);
            return result;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`';

    private static void AppendFolded(StringBuilder word, char c)
    {
        if (c < 128)
        {
            word.Append(char.ToLowerInvariant(c));
            return;
        }

        // Decompose and drop the marks: č -> c, é -> e. Letters with no decomposition (ß, ø) pass through lowered.
        string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (char d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                word.Append(char.ToLowerInvariant(d));
            }
        }
    }

    /// <summary>The spelling rule a folded word takes, if any: the first whose British suffix ends it.</summary>
    private static bool TryRule(ReadOnlySpan<char> word, out string british, out string american)
    {
        foreach ((string b, string a) in SpellingRulesFor(word))
        {
            if (word.EndsWith(b, StringComparison.Ordinal))
            {
                (british, american) = (b, a);
                return true;
            }
        }

        (british, american) = (string.Empty, string.Empty);
        return false;
    }

    /// <summary><see cref="StableHash.Of"/> over the word as <see cref="Spelling"/> would give it, without making it.</summary>
    private static ulong UnifiedHash(ReadOnlySpan<char> word) =>
        TryRule(word, out string british, out string american)
            ? StableHash.Of(american, StableHash.Of(word[..^british.Length]))
            : StableHash.Of(word);

    private static string Spelling(string word) =>
        TryRule(word, out string british, out string american) ? string.Concat(word.AsSpan(0, word.Length - british.Length), american) : word;

    /// <summary>
    /// <see cref="FoldWord"/>'s answer when it is one of <paramref name="known"/>'s strings (that string), else null.
    /// A plain ASCII word is lowered and its spelling unified in a buffer on the stack and looked up as characters:
    /// no string is made and the thread's word cache is not touched, which matters to a caller that tests every word
    /// of a text against a short list (claim concepts). Other words go through <see cref="FoldWord"/>.
    /// </summary>
    public static string? FoldWordIfKnown(ReadOnlySpan<char> word, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        const int MaxStackWord = 64;
        if (word.Length > 0 && word.Length <= MaxStackWord && word.IndexOfAnyExcept(QuoteCheck.Text.AsciiRuns.LettersAndDigits) < 0)
        {
            Span<char> buffer = stackalloc char[2 * MaxStackWord];
            System.Text.Ascii.ToLower(word, buffer, out int length);
            if (TryRule(buffer[..length], out string british, out string american) && american.Length <= MaxStackWord)
            {
                int stem = length - british.Length;
                american.CopyTo(buffer[stem..]);
                length = stem + american.Length;
            }

            return known.TryGetValue(buffer[..length], out string? match) ? match : null;
        }

        return known.Set.TryGetValue(FoldWord(word), out string? folded) ? folded : null;
    }
}
