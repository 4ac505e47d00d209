using QuoteCheck.Claims.Values;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Claims;

/// <summary>
/// Turns recognised values into claims by applying the pipeline's claim rules. Each sentence that holds
/// a value is split into words once and its triggers are found with one dictionary lookup per word,
/// whatever the number of rules; then each value is offered to the rules whose triggers lie within their
/// window (best first) and to the rules without triggers. Immutable; per-call buffers only.
/// </summary>
internal sealed class ClaimExtractor
{
    private readonly ClaimRuleSet _rules;

    public ClaimExtractor(ClaimRuleSet rules)
    {
        _rules = rules;
    }

    public ClaimRuleSet Rules => _rules;

    public IReadOnlyList<Claim> Extract(
        SourceDocument document,
        DocumentLayout layout,
        IReadOnlyList<RecognizedValue> values,
        IReadOnlyList<Quote> quotes,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (values.Count == 0 || _rules.Count == 0)
        {
            return [];
        }

        // The per-sentence buffers and the candidate offered to the rules are kept per thread and reused, so a
        // document costs only its claims. Taken out while in use, so a rule that analyses text cannot share them.
        Buffers buffers = t_buffers ?? new Buffers();
        t_buffers = null;
        try
        {
            return Extract(document, layout, values, quotes, buffers, cancellationToken);
        }
        finally
        {
            buffers.Release();
            t_buffers = buffers;
        }
    }

    [ThreadStatic]
    private static Buffers? t_buffers;

    private IReadOnlyList<Claim> Extract(
        SourceDocument document,
        DocumentLayout layout,
        IReadOnlyList<RecognizedValue> values,
        IReadOnlyList<Quote> quotes,
        Buffers buffers,
        CancellationToken cancellationToken)
    {
        List<Claim> claims = buffers.Claims;
        SentenceTokens words = buffers.Words;
        List<TriggerHit> hits = buffers.Hits;
        List<Option> options = buffers.Options;
        List<(int First, int Last)> dates = buffers.Dates;
        List<(int First, int Last)> valueWords = buffers.ValueWords;
        ClaimCandidate candidate = buffers.Candidate;
        int quote = 0;
        int v = 0;
        while (v < values.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TextSpan sentence = SentenceOf(layout, values[v].Span, buffers);
            int groupEnd = v + 1;
            while (groupEnd < values.Count && sentence.Contains(values[groupEnd].Span.Start))
            {
                groupEnd++;
            }

            words.Fill(document.Text, sentence);
            dates.Clear();
            valueWords.Clear();
            int triggersFrom = int.MaxValue, triggersUntil = int.MinValue;
            for (int d = v; d < groupEnd; d++)
            {
                (int first, int last) = words.WordsOf(values[d].Span);
                valueWords.Add((first, last));
                (triggersFrom, triggersUntil) = (Math.Min(triggersFrom, FirstTriggerWord(first)), Math.Max(triggersUntil, LastTriggerWord(last)));
                if (IsDate(values[d].Kind))
                {
                    dates.Add((first, last));
                }
            }

            // Only the triggers that begin where some value of the sentence can reach (ClaimFor's window) are looked for.
            _rules.Index.Find(words, triggersFrom, triggersUntil, hits);
            for (int g = 0; v < groupEnd; v++, g++)
            {
                RecognizedValue value = values[v];
                Speaker? speaker = SpeakerAt(quotes, value.Span, ref quote);
                if (ClaimFor(document, value, valueWords[g], sentence, words, hits, options, dates, speaker, candidate) is { } claim)
                {
                    claims.Add(claim);
                }
            }
        }

        // The result is sized to the claims found; the working list stays with the thread.
        return claims.Count == 0 ? [] : claims.ToArray();
    }

    private Claim? ClaimFor(
        SourceDocument document,
        RecognizedValue value,
        (int First, int Last) valueWords,
        TextSpan sentence,
        SentenceTokens words,
        List<TriggerHit> hits,
        List<Option> options,
        List<(int First, int Last)> dates,
        Speaker? speaker,
        ClaimCandidate candidate)
    {
        IReadOnlyList<IClaimRule> rules = _rules.Rules;
        RuleFacts[] facts = _rules.Facts;
        uint kindBit = ClaimRuleSet.KindBit(value.Kind);
        (int first, int last) = valueWords;
        options.Clear();

        // Hits come in word order: look only at those that can reach the value, so that a long sentence full
        // of figures and triggers costs the window, not every pair.
        for (int h = FirstHitFrom(hits, FirstTriggerWord(first)); h < hits.Count && hits[h].First <= LastTriggerWord(last); h++)
        {
            TriggerHit hit = hits[h];
            RuleFacts rule = facts[hit.Rule];
            if (kindBit != 0 ? (rule.Kinds & kindBit) == 0 : !rules[hit.Rule].ValueKinds.Contains(value.Kind))
            {
                continue;
            }

            int distance;
            if (hit.Last < first)
            {
                distance = first - hit.Last - 1;
                if (distance > rule.WordsBefore)
                {
                    continue;
                }
            }
            else if (hit.First > last)
            {
                distance = hit.First - last - 1;
                if (distance > rule.WordsAfter)
                {
                    continue;
                }
            }
            else
            {
                distance = 0;
            }

            // "70 people died and 195 were injured": a trigger across "and" belongs to the other clause, so
            // a trigger on the value's own side of the conjunction wins a tie (ordering only, not the window).
            if (distance > 0 && ConjunctionBetween(words, Math.Min(hit.Last, last) + 1, Math.Max(hit.First, first)))
            {
                distance += ClauseBreakPenalty;
            }

            // Each date has its own event: in "declared independence in 2031 after the 2027 war" the verb
            // dates 2031 and does not reach 2027 across it. (Numbers may share a trigger: "killed 12 civilians and 3 soldiers".)
            if (IsDate(value.Kind) && DateBetween(dates, hit, first, last))
            {
                continue;
            }

            options.Add(new Option(hit.Rule, rule.Priority, distance, h));
        }

        if (_rules.Untriggered.TryGetValue(value.Kind, out int[]? untriggered))
        {
            foreach (int r in untriggered)
            {
                options.Add(new Option(r, facts[r].Priority, int.MaxValue, -1));
            }
        }

        options.Sort(static (a, b) =>
        {
            int byPriority = b.Priority.CompareTo(a.Priority);
            if (byPriority != 0)
            {
                return byPriority;
            }

            int byDistance = a.Distance.CompareTo(b.Distance);
            return byDistance != 0 ? byDistance : a.Rule.CompareTo(b.Rule);
        });

        foreach (Option option in options)
        {
            TriggerHit? trigger = option.Hit >= 0 ? hits[option.Hit] : null;
            candidate.Reset(document, value, sentence, words, (first, last), trigger, speaker, rules[option.Rule]);
            if (rules[option.Rule].Apply(candidate) is { } claim)
            {
                return claim;
            }
        }

        return null;
    }

    /// <summary>The first word a trigger that can reach a value beginning at word <paramref name="valueFirst"/> may begin at.</summary>
    private int FirstTriggerWord(int valueFirst) => Math.Max(0, valueFirst - _rules.MaxWordsBefore - _rules.Index.LongestPhrase - 1);

    /// <summary>The last word a trigger that can reach a value ending at word <paramref name="valueLast"/> may begin at.</summary>
    private int LastTriggerWord(int valueLast) => valueLast + _rules.MaxWordsAfter + 1;

    private static int FirstHitFrom(List<TriggerHit> hits, int word)
    {
        int lo = 0, hi = hits.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (hits[mid].First < word)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool IsDate(ValueKind kind) => kind is ValueKind.Date or ValueKind.DateRange;

    private static bool DateBetween(List<(int First, int Last)> dates, TriggerHit hit, int first, int last)
    {
        foreach ((int f, int l) in dates)
        {
            if ((f > hit.Last && l < first) || (f > last && l < hit.First))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence holding <paramref name="value"/>'s start (the value itself between sentences), as <c>layout.Sentences</c> has it.</summary>
    /// <remarks>Only the paragraphs that hold a value are split into sentences: values come in text order, so each once.</remarks>
    private static TextSpan SentenceOf(DocumentLayout layout, TextSpan value, Buffers buffers)
    {
        int paragraph = layout.ParagraphAt(value.Start);
        if (paragraph < 0)
        {
            return value;
        }

        List<TextSpan> sentences = buffers.Sentences;
        if (paragraph != buffers.SentencesParagraph)
        {
            sentences.Clear();
            layout.SentencesOf(paragraph, sentences);
            buffers.SentencesParagraph = paragraph;
        }

        int index = DocumentLayout.IndexAt(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentences), value.Start);
        if (index < 0)
        {
            return value;
        }

        TextSpan sentence = sentences[index];

        // A value that runs past its sentence end (a segmenter miss) keeps all its words.
        return value.End > sentence.End ? sentence.Cover(value) : sentence;
    }

    /// <summary>The speaker of the quote holding <paramref name="span"/>; quotes and values both come in text order.</summary>
    private static Speaker? SpeakerAt(IReadOnlyList<Quote> quotes, TextSpan span, ref int next)
    {
        while (next < quotes.Count && quotes[next].Span.End <= span.Start)
        {
            next++;
        }

        for (int q = next; q < quotes.Count && quotes[q].Span.Start <= span.Start; q++)
        {
            if (quotes[q].Span.Contains(span))
            {
                return quotes[q].Speaker;
            }
        }

        return null;
    }

    /// <summary>How many words a conjunction between a trigger and its value counts for, when triggers compete.</summary>
    private const int ClauseBreakPenalty = 2;

    private static bool ConjunctionBetween(SentenceTokens words, int from, int until)
    {
        for (int i = from; i < until && i < words.Count; i++)
        {
            ReadOnlySpan<char> word = words.Word(i);
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
                || word.Equals("while", StringComparison.OrdinalIgnoreCase) || word.Equals("whereas", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Option(int Rule, int Priority, int Distance, int Hit);

    /// <summary>What one thread's extraction reuses from document to document.</summary>
    private sealed class Buffers
    {
        /// <summary>Past this many entries a list grown by a huge document is given back after use.</summary>
        private const int MaxKept = 4096;

        public List<Claim> Claims { get; } = [];

        public SentenceTokens Words { get; } = new();

        public List<TriggerHit> Hits { get; } = [];

        public List<Option> Options { get; } = [];

        public List<(int First, int Last)> Dates { get; } = [];

        /// <summary>The words of each value of the sentence (<see cref="SentenceTokens.WordsOf"/>), in order.</summary>
        public List<(int First, int Last)> ValueWords { get; } = [];

        /// <summary>The sentences of one paragraph of the document, and which (-1 for none yet).</summary>
        public List<TextSpan> Sentences { get; } = [];

        public int SentencesParagraph { get; set; } = -1;

        // One candidate offered to each rule in turn: rules may not keep it (see ClaimCandidate's remarks).
        public ClaimCandidate Candidate { get; } = new();

        /// <summary>Lets go of the document (no claim, value or text stays reachable from the thread).</summary>
        public void Release()
        {
            Claims.Clear();
            Hits.Clear();
            Options.Clear();
            Dates.Clear();
            ValueWords.Clear();
            Sentences.Clear();
            SentencesParagraph = -1;
            Candidate.Clear();
            Words.Clear();
            if (Claims.Capacity > MaxKept || Hits.Capacity > MaxKept || Sentences.Capacity > MaxKept)
            {
                (Claims.Capacity, Hits.Capacity, Sentences.Capacity) = (0, 0, 0);
            }
        }
    }
}
