using System.Collections.Frozen;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using QuoteCheck.Text;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// One scan of one text: tokens, the reference date and the output. It tries, at each token, the
/// recognisers in a fixed order (dates and their ranges first, then qualified figures, durations, money,
/// percentages and plain numbers) and moves past the first match, so a number inside a date is never
/// reported on its own. Every grammar is a small hand-written matcher over tokens: nothing backtracks
/// further than a few tokens, so the scan is linear in the text.
/// </summary>
internal sealed partial class ValueScanner
{
    // One scan's text, tokens, reference date and output: set by Scan, cleared after it (see t_scanner).
    private string _text = string.Empty;
    private ValueToken[] _tokens = new ValueToken[1024];
    private int _count;
    private int[] _starts = new int[1024]; // the tokens a value may begin at (ValueTokenizer.Tokenize), in order
    private int _startCount;
    private DateOnly? _reference;
    private List<RecognizedValue> _output = NoOutput;
    private readonly ValueLexicon _lex = ValueLexicon.Instance;
    private readonly string?[] _wordTexts = ValueLexicon.Instance.WordTexts; // a token's word by its id (ValueToken.WordId)

    /// <summary>How far (in tokens) the tense rule looks for a marker either side of a date; keeps the scan linear on text without full stops.</summary>
    private const int TenseWindow = 40;

    /// <summary>The output between scans: never written, so that an idle scanner holds no caller's list.</summary>
    private static readonly List<RecognizedValue> NoOutput = [];

    private ValueScanner()
    {
    }

    /// <summary>Finds the values in <paramref name="range"/> and appends them to <paramref name="output"/> in text order.</summary>
    public static void Scan(string text, TextSpan range, DateOnly? reference, List<RecognizedValue> output)
    {
        if (reference is { } r && (r < MinReference || r > MaxReference))
        {
            reference = null; // too near the ends of the calendar to count from: relative dates stay unresolved
        }

        // The scanner and its token buffer are kept per thread and reused, so that a scan allocates nothing but the
        // values it finds.
        ValueScanner scanner = t_scanner ?? new ValueScanner();
        t_scanner = null; // a nested scan on this thread (none today) would get its own scanner
        try
        {
            scanner._count = ValueTokenizer.Tokenize(text, range.Start, range.End, ref scanner._tokens, ref scanner._starts, out scanner._startCount);
            (scanner._text, scanner._reference, scanner._output) = (text, reference, output);
            (scanner._timeCountAt, scanner._numberAt) = (-1, -1); // nothing read yet in this text
            scanner.Run();
        }
        finally
        {
            (scanner._text, scanner._output, scanner._count, scanner._startCount) = (string.Empty, NoOutput, 0, 0);
            if (scanner._tokens.Length > MaxKeptTokens)
            {
                // A very long text's buffers are not kept by the thread.
                (scanner._tokens, scanner._starts) = (new ValueToken[1024], new int[1024]);
            }

            t_scanner = scanner;
        }
    }

    /// <summary>The earliest reference date relative dates are resolved against; an earlier one is ignored.</summary>
    internal static readonly DateOnly MinReference = new(100, 1, 1);

    /// <summary>The latest reference date relative dates are resolved against; a later one is ignored.</summary>
    internal static readonly DateOnly MaxReference = new(9899, 12, 31);

    [ThreadStatic]
    private static ValueScanner? t_scanner;

    /// <summary>A token buffer grown past this (a very long text) is dropped after the scan rather than kept by the thread.</summary>
    private const int MaxKeptTokens = 1 << 15;

    private void Run()
    {
        // Locals, not fields, and the matchers' try block in a method of its own: most candidate tokens end in this loop
        // after a test or two, and it runs best with the tokens and their count kept in registers. Only the tokens the
        // tokenizer noted as possible starts are visited: a word no list lets begin a value (most words of a text) and
        // punctuation no matcher begins with never get here.
        ValueToken[] tokens = _tokens;
        int[] starts = _starts;
        int count = _count;
        int next = 0; // the first token not inside a value found
        for (int s = 0; s < _startCount; s++)
        {
            int i = starts[s];
            if (i < next)
            {
                continue;
            }

            ref readonly ValueToken token = ref tokens[i];
            if (token.Kind == ValueTokenKind.Word)
            {
                // Every matcher begins with a digit, a symbol or a word it tests by name or by list, so a word that is
                // none of these (or only a connector, a tense marker or a date-context word) cannot start a value: the
                // tokenizer left it out of the starts.
                ValueWordFlags flags = token.Flags;
                if ((flags & ValueWordFlags.Lead) != 0 && i + 1 < count && tokens[i + 1].Kind == ValueTokenKind.Word && tokens[i + 1].Flags == ValueWordFlags.None)
                {
                    // "the", "a", "in"... begin a value only with a listed word, a figure or a symbol after them.
                    continue;
                }

                if ((flags & ValueWordFlags.CanStart & ~PhraseStarts) == 0 && !PhraseAt(i, flags))
                {
                    // A word that can begin a value only as the first word of a listed phrase ("as many as", "Washington's
                    // Birthday", "new zealand dollars") or before a count of time units ("in 3 years") begins none here
                    // unless the phrase or the count is here (and a qualifier has a figure after it): "as", "at", "not",
                    // "new", "about", "in" would otherwise each cost a try of every matcher.
                    continue;
                }
            }
            else if (token.Kind == ValueTokenKind.Symbol && _text[token.Start] is '.' or '\'' or '’' or '-' or '−'
                && !(i + 1 < count && tokens[i + 1].Kind == ValueTokenKind.Digits && tokens[i + 1].Start == token.End))
            {
                // A full stop, an apostrophe or a minus begins a value only with digits glued after it (".5", "'90s",
                // "-5"); the other punctuation no matcher begins with is not among the starts (ValueTokenizer.MayStart).
                continue;
            }

            int end = TryAt(i);
            next = end > i ? end : i + 1;
        }
    }

    /// <summary>Tries the recognisers at token <paramref name="i"/>: where the value found there ends, or -1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int TryAt(int i)
    {
        int emitted = _output.Count;
        try
        {
            int next = TryDateAt(i);
            return next < 0 ? TryFigureAt(i) : next;
        }
        catch (ArgumentOutOfRangeException)
        {
            // Calendar arithmetic ran off DateOnly's range ("the day after December 31, 9999"): no value
            // starts here. Counts of units are held to the calendar before this (AddUnits), so only
            // dates at the very ends of the calendar get here.
            _output.RemoveRange(emitted, _output.Count - emitted);
            return -1;
        }
    }

    /// <summary>The flags of a word that begins a value only as the first word of a phrase of its list, or before or at the start of a count of time units.</summary>
    private const ValueWordFlags PhraseStarts = ValueWordFlags.QualifierStart | ValueWordFlags.HolidayStart | ValueWordFlags.CurrencyPhraseStart | ValueWordFlags.StartPhraseStart
        | ValueWordFlags.CountLead | ValueWordFlags.CountStart;

    /// <summary>
    /// Whether a qualifier phrase with a figure after it, a holiday phrase, a phrase of Definitions/value-start-phrases.txt
    /// or a count of time units (after a word of Definitions/value-count-leads.txt, or at one of value-count-starts.txt)
    /// begins at word <paramref name="i"/>: the only ways a matcher reads such a word at a value's first token (a
    /// qualifier only before a figure, a currency phrase only after one, "no" only in "no later than" or a qualifier,
    /// "that" only in "that weekend", "in" only in "in excess of" or before a count such as "3 years", "all" only in
    /// "All Saints' Day" or a count such as "all day").
    /// </summary>
    private bool PhraseAt(int i, ValueWordFlags flags)
    {
        if ((flags & ValueWordFlags.QualifierStart) != 0 && TryQualifier(i, out _, out int afterQualifier) && StartsFigure(afterQualifier))
        {
            return true;
        }

        // The count read here is remembered (TryTimeCount), so the matcher that reads it next does not read it again.
        if (((flags & ValueWordFlags.CountLead) != 0 && TryTimeCount(i + 1, false, out _)) || ((flags & ValueWordFlags.CountStart) != 0 && TryTimeCount(i, false, out _)))
        {
            return true;
        }

        return ((flags & ValueWordFlags.HolidayStart) != 0 && AnyPhraseAt(i, _lex.Holidays))
            || ((flags & ValueWordFlags.StartPhraseStart) != 0 && AnyPhraseAt(i, _lex.StartPhrases));
    }

    /// <summary>Whether one of the phrases of <paramref name="list"/> that begin with word <paramref name="i"/> is written at it.</summary>
    private bool AnyPhraseAt(int i, in FrozenDictionary<string, Phrase<string>[]>.AlternateLookup<ReadOnlySpan<char>> list)
    {
        if (list.TryGetValue(Span(i), out Phrase<string>[]? phrases))
        {
            foreach (Phrase<string> phrase in phrases)
            {
                if (Matches(i, phrase.Words) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Emit(int startToken, int endToken, ValueKind kind, ClaimValue value)
    {
        int start = _tokens[startToken].Start;
        int end = _tokens[endToken - 1].End;
        _output.Add(new RecognizedValue(_text[start..end], TextSpan.FromBounds(start, end), kind, value));
    }

    // ---- token helpers ----------------------------------------------------------------------------
    // The tiny tests below are inlined by request: a try at a token runs dozens of them, and the JIT's own budget
    // left some as calls once the matchers had grown.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool In(int i) => (uint)i < (uint)_count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Span(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsWord(int i) => In(i) && _tokens[i].Kind == ValueTokenKind.Word;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsDigits(int i) => In(i) && _tokens[i].Kind == ValueTokenKind.Digits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsSym(int i, char c) => In(i) && _tokens[i].Kind == ValueTokenKind.Symbol && _text[_tokens[i].Start] == c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsDash(int i) => In(i) && _tokens[i].Kind == ValueTokenKind.Symbol && _text[_tokens[i].Start] is '-' or '–' or '—' or '~';

    /// <summary>
    /// Whether token <paramref name="i"/> is <paramref name="word"/> (any case): the tokenizer gives each known word
    /// the id of its shared lower-case form, so an ordinal comparison with the lower-case literal decides, and an unknown word
    /// (no form) ends on a null test. Ordinal equality, not reference equality: a literal is the interned form under
    /// the JIT, but a Native AOT build keeps its literals out of the runtime's intern pool.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(int i, string word)
    {
        CheckSharedWord(word);
        return In(i) && SameWord(_wordTexts[_tokens[i].WordId], word);
    }

    /// <summary>
    /// Ordinal equality of a token's shared word with a literal, written out so that it inlines. Where literals are
    /// interned (<see cref="LiteralsInterned"/>) the reference test alone decides, since a shared word is interned
    /// too: most tries at a word run a hundred or more of these, nearly all of them false. Elsewhere most other
    /// words differ from the literal in length or first letter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameWord(string? tokenWord, string word) =>
        ReferenceEquals(tokenWord, word)
        || (!LiteralsInterned && tokenWord is not null && tokenWord.Length == word.Length && word.Length > 0 && tokenWord[0] == word[0] && tokenWord.AsSpan().SequenceEqual(word));

    /// <summary>
    /// Whether this runtime's string literals are the strings of its intern pool (the JIT's are; a Native AOT build
    /// keeps its literals out of the pool, and a collectible load context keeps its own): then a literal equals a
    /// token's shared (interned) word only if it is that very string. Read once, so the JIT drops the test it guards.
    /// </summary>
    private static readonly bool LiteralsInterned = ReferenceEquals(string.Intern(new string('d', 1) + "ay"), "day");

    /// <summary>
    /// Looks token <paramref name="i"/> up in a word list, unless it is a word the tokenizer already knows is not
    /// in that list (<paramref name="flag"/> unset): most lookups end on one bit test.
    /// </summary>
    private bool Find<T>(in FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> list, ValueWordFlags flag, int i, out T value)
    {
        ref readonly ValueToken token = ref _tokens[i];
        if (token.Kind == ValueTokenKind.Word && (token.Flags & flag) == 0)
        {
            value = default!;
            return false;
        }

        return list.TryGetValue(_text.AsSpan(token.Start, token.Length), out value!);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Has(int i, ValueWordFlags flag) => In(i) && (_tokens[i].Flags & flag) != 0;

    [Conditional("DEBUG")]
    private void CheckSharedWord(string word)
    {
        if (!_lex.IsSharedWord(word))
        {
            throw new InvalidOperationException($"'{word}' is not in Definitions/value-keywords.txt, so no token can ever be it.");
        }
    }

    private bool IsAny(int i, string a, string b)
    {
        CheckSharedWord(a);
        CheckSharedWord(b);
        if (!In(i))
        {
            return false;
        }

        string? w = _wordTexts[_tokens[i].WordId];
        return SameWord(w, a) || SameWord(w, b);
    }

    /// <summary>Whether token <paramref name="i"/> touches the token before it (no space between).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Adjacent(int i) => i > 0 && In(i) && _tokens[i].Start == _tokens[i - 1].End;

    private bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Start]);

    private int Length(int i) => _tokens[i].Length;

    private long Number(int i) => _tokens[i].Number;

    /// <summary>Whether a figure at <paramref name="i"/> is glued to a word ("A1", "180ml") and so is a code or a dimension.</summary>
    private bool GluedToLetters(int i) => Adjacent(i) && (IsWord(i - 1) || IsDigits(i - 1));

    private int Matches(int i, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (!In(i + k) || _tokens[i + k].Kind == ValueTokenKind.Digits
                || (_tokens[i + k].Kind == ValueTokenKind.Word ? !string.Equals(_wordTexts[_tokens[i + k].WordId], words[k], StringComparison.Ordinal) : !Span(i + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
                || (k > 0 && _tokens[i + k].Kind == ValueTokenKind.Symbol && _tokens[i + k - 1].Kind == ValueTokenKind.Symbol && !Adjacent(i + k)))
            {
                return -1;
            }
        }

        return i + words.Length;
    }

    private bool TryQualifier(int i, out Qualifier qualifier, out int end)
    {
        if (In(i) && (_tokens[i].Kind == ValueTokenKind.Symbol || (_tokens[i].Flags & ValueWordFlags.QualifierStart) != 0)
            && _lex.Qualifiers.TryGetValue(Span(i), out Phrase<Qualifier>[]? phrases)
            && !(_tokens[i].Kind == ValueTokenKind.Symbol && Adjacent(i) && _tokens[i - 1].Kind == ValueTokenKind.Symbol))
        {
            foreach (Phrase<Qualifier> phrase in phrases)
            {
                int e = Matches(i, phrase.Words);
                if (e > 0)
                {
                    qualifier = phrase.Value;
                    end = e;
                    return true;
                }
            }
        }

        qualifier = Qualifier.Exact;
        end = i;
        return false;
    }

    /// <summary>The interval a qualified figure allows (the tolerances are documented in docs/values.md).</summary>
    internal static Interval IntervalOf(double value, Qualifier qualifier)
    {
        double floor = value >= 0 ? 0 : double.NegativeInfinity;
        return qualifier switch
        {
            Qualifier.MoreThan or Qualifier.AtLeast => new Interval(value, double.PositiveInfinity),
            Qualifier.LessThan or Qualifier.AtMost => new Interval(Math.Min(floor, value), value),
            Qualifier.Nearly => new Interval(value - (Math.Abs(value) * NearlyTolerance), value),
            Qualifier.Approximately => new Interval(value - (Math.Abs(value) * ApproximateTolerance), value + (Math.Abs(value) * ApproximateTolerance)),
            _ => Interval.Point(value),
        };
    }

    /// <summary><c>nearly</c>/<c>almost</c>: up to 10 % below the figure.</summary>
    internal const double NearlyTolerance = 0.10;

    /// <summary><c>about</c>/<c>around</c>/<c>some</c>: 10 % either side.</summary>
    internal const double ApproximateTolerance = 0.10;

    // ---- sentences and tense ----------------------------------------------------------------------

    /// <summary>The tense of the sentence holding token <paramref name="i"/>: +1 future, -1 past, 0 not known.</summary>
    /// <remarks>
    /// Read from the tokens near the date only (at most <see cref="TenseWindow"/> either side, never past a
    /// sentence break), not worked out for every token of the text: most texts have a few dates, and one bare
    /// weekday used to make the scan classify all its tokens.
    /// </remarks>
    private int TenseAt(int i)
    {
        // The marker nearest the date decides: "said on Sunday they will meet on Thursday" has both. Before it
        // first, so that of two markers as near, the one before the date wins.
        int best = 0;
        int bestDistance = int.MaxValue;
        for (int k = i - 1; k >= 0 && i - k < bestDistance && i - k <= TenseWindow && !SentenceBreakBefore(k + 1); k--)
        {
            int t = TenseOfWord(k);
            if (t != 0)
            {
                best = t;
                bestDistance = i - k;
            }
        }

        for (int k = i + 1; k < _count && k - i < bestDistance && k - i <= TenseWindow && !SentenceBreakBefore(k); k++)
        {
            int t = TenseOfWord(k);
            if (t != 0)
            {
                best = t;
                bestDistance = k - i;
            }
        }

        return best;
    }

    private bool SentenceBreakBefore(int k)
    {
        ValueToken prev = _tokens[k - 1];
        if (prev.Kind == ValueTokenKind.Symbol && _text[prev.Start] is '.' or '!' or '?' or ';' && !Adjacent(k))
        {
            return true;
        }

        return _text.AsSpan(prev.End, _tokens[k].Start - prev.End).Contains('\n');
    }

    private int TenseOfWord(int k)
    {
        if (!IsWord(k))
        {
            return 0;
        }

        if (Is(k, "ll") && k > 0 && Adjacent(k) && (IsSym(k - 1, '\'') || IsSym(k - 1, '’')))
        {
            return 1;
        }

        ValueWordFlags flags = _tokens[k].Flags;
        if ((flags & (ValueWordFlags.TenseFuture | ValueWordFlags.TensePast)) != 0)
        {
            return (flags & ValueWordFlags.TenseFuture) != 0 ? 1 : -1;
        }

        ReadOnlySpan<char> w = Span(k);
        if (IsAny(k - 1, "a", "an") || Is(k - 1, "the"))
        {
            return 0; // "a revised plan", "the injured": a participle used as an adjective says nothing about the tense
        }

        return w.Length > 4 && w[^1] is 'd' or 'D' && w[^2] is 'e' or 'E' && char.IsLower(w[0]) ? -1 : 0;
    }
}
