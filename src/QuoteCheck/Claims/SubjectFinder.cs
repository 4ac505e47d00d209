using QuoteCheck.Definitions;
using QuoteCheck.Text;

namespace QuoteCheck.Claims;

/// <summary>
/// Takes the subject words of a claim from its sentence's words (see <see cref="ClaimSubject"/>). Works
/// on word indices; the only string made is the subject itself.
/// </summary>
internal readonly ref struct SubjectFinder
{
    private const int MaxPieces = 5;
    private const int MaxCountedWords = 3;
    private const int MaxPartitiveWords = 5;
    private const int MaxClauseWords = 6;
    private const int MaxGapKept = 2;
    private const int MaxTopicDistance = 24;

    // Asked for most words near each value: sets with a filter in front (see WordSet).
    private static readonly WordSet BreakLookup = WordSet.Of("claim-break-words");
    private static readonly WordSet ClauseLookup = WordSet.Of("claim-clause-starts");

    private readonly SentenceTokens _words;
    private readonly int _valueFirst;
    private readonly int _valueLast;
    private readonly TriggerHit? _trigger;

    public SubjectFinder(SentenceTokens words, int valueFirst, int valueLast, TriggerHit? trigger)
    {
        _words = words;
        _valueFirst = valueFirst;
        _valueLast = valueLast;
        _trigger = trigger;
    }

    /// <summary>Finds the subject; <paramref name="index"/>, when given, is <paramref name="topics"/> indexed by first word.</summary>
    public bool TryFind(ClaimSubject parts, IReadOnlyList<string> topics, TopicIndex? index, out string? subject, out TextSpan span)
    {
        Span<(int First, int Last)> pieces = stackalloc (int, int)[MaxPieces];
        int count = 0;
        if (_trigger is { } t)
        {
            if ((parts & ClaimSubject.Trigger) != 0)
            {
                pieces[count++] = (t.First, t.Last);
            }

            if ((parts & ClaimSubject.Between) != 0 && Between(t) is { } between)
            {
                pieces[count++] = between;
            }
        }

        if ((parts & ClaimSubject.CountedNoun) != 0 && CountedNoun() is { } noun)
        {
            pieces[count++] = noun;
        }

        if ((parts & ClaimSubject.Topic) != 0 && Topic(topics, index) is { } topic)
        {
            pieces[count++] = topic;
        }

        if ((parts & ClaimSubject.ClauseBefore) != 0 && ClauseBefore() is { } clause)
        {
            pieces[count++] = clause;
        }

        if (count == 0)
        {
            subject = null;
            span = default;
            return false;
        }

        pieces[..count].Sort();

        // Runs of pieces close enough to keep the words between them; most subjects are one run.
        Span<(int First, int Last)> runs = stackalloc (int, int)[MaxPieces];
        int runCount = 0;
        int runFirst = pieces[0].First, runLast = pieces[0].Last, lastWord = pieces[0].Last;
        for (int i = 1; i < count; i++)
        {
            (int first, int last) = pieces[i];
            lastWord = Math.Max(lastWord, last);
            if (first <= runLast + 1 || (first - runLast - 1 <= MaxGapKept && !HasBreak(runLast, first)))
            {
                runLast = Math.Max(runLast, last);
                continue;
            }

            runs[runCount++] = (runFirst, runLast);
            (runFirst, runLast) = (first, last);
        }

        runs[runCount++] = (runFirst, runLast);
        if (runCount == 1)
        {
            subject = _words.Text.Substring(_words[runFirst].Start, _words[runLast].End - _words[runFirst].Start);
        }
        else
        {
            subject = Join(runs[..runCount]);
        }

        span = TextSpan.FromBounds(_words[pieces[0].First].Start, _words[lastWord].End);
        return true;
    }

    // The runs' words with " … " between runs, put together on the stack and made one string (a StringBuilder cost three objects more).
    private string Join(ReadOnlySpan<(int First, int Last)> runs)
    {
        Span<TextSpan> spans = stackalloc TextSpan[MaxPieces];
        int length = (runs.Length - 1) * RunSeparator.Length;
        for (int i = 0; i < runs.Length; i++)
        {
            spans[i] = TextSpan.FromBounds(_words[runs[i].First].Start, _words[runs[i].Last].End);
            length += spans[i].Length;
        }

        string text = _words.Text;
        Span<char> chars = length <= MaxStackChars ? stackalloc char[length] : new char[length];
        int at = 0;
        foreach (TextSpan run in spans[..runs.Length])
        {
            if (at > 0)
            {
                RunSeparator.CopyTo(chars[at..]);
                at += RunSeparator.Length;
            }

            text.AsSpan(run.Start, run.Length).CopyTo(chars[at..]);
            at += run.Length;
        }

        return new string(chars);
    }

    private const int MaxStackChars = 512;

    private const string RunSeparator = " \u2026 ";

    /// <summary>The words between the value and the trigger, trimmed of break words at both ends; none across punctuation.</summary>
    private (int, int)? Between(TriggerHit trigger)
    {
        (int first, int last) = trigger.First > _valueLast
            ? (_valueLast + 1, trigger.First - 1)
            : (trigger.Last + 1, _valueFirst - 1);
        if (first > last || HasBreak(first - 1, last + 1))
        {
            return null;
        }

        while (first <= last && IsBreakWord(first))
        {
            first++;
        }

        while (last >= first && IsBreakWord(last))
        {
            last--;
        }

        return first <= last ? (first, last) : null;
    }

    /// <summary>The noun phrase right after the value: <c>agreements</c>, or after <c>of</c> the whole partitive phrase.</summary>
    private (int, int)? CountedNoun()
    {
        int first = _valueLast + 1;
        if (first >= _words.Count || _words.BreakAfter(_valueLast))
        {
            return null;
        }

        bool partitive = _words.Word(first).Equals("of", StringComparison.OrdinalIgnoreCase);
        if (IsReferringNumber(partitive))
        {
            return null;
        }

        if (partitive)
        {
            first++;
            if (first >= _words.Count || _words.BreakAfter(first - 1))
            {
                return null;
            }
        }

        int max = partitive ? MaxPartitiveWords : MaxCountedWords;
        int last = first - 1;
        while (last + 1 < _words.Count && last + 1 - first < max)
        {
            int next = last + 1;
            // After the first word, a past form ends the phrase: "two sides agreed" counts sides.
            bool pastForm = next > first && _words.Word(next).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
            if (IsBreakWord(next) || IsTrigger(next) || pastForm || (!partitive && !char.IsLetter(_words.Word(next)[0])))
            {
                break;
            }

            last = next;
            if (_words.BreakAfter(last))
            {
                break;
            }
        }

        return last >= first ? (first, last) : null;
    }

    /// <summary>
    /// A small number that names rather than counts: "one of the most …" (membership, not a count of one),
    /// "the two sides", "their two leaders" (a definite phrase that refers to things already known). A figure
    /// of three or more after "the" still counts ("the EU's 27 countries").
    /// </summary>
    private bool IsReferringNumber(bool partitive)
    {
        if (_valueFirst != _valueLast)
        {
            return false;
        }

        ReadOnlySpan<char> value = _words.Word(_valueFirst);
        bool one = value.Equals("one", StringComparison.OrdinalIgnoreCase) || value.SequenceEqual("1");
        bool two = value.Equals("two", StringComparison.OrdinalIgnoreCase) || value.SequenceEqual("2");
        if (one && partitive)
        {
            return true;
        }

        if ((one || two) && _valueFirst > 0 && !_words.BreakAfter(_valueFirst - 1))
        {
            return DefiniteLookup.Contains(_words.Word(_valueFirst - 1));
        }

        return false;
    }

    private static readonly WordSet DefiniteLookup = WordSet.Of("claim-definite-words");

    /// <summary>The topic word or phrase nearest the trigger (or the value when there is none), outside both.</summary>
    private (int, int)? Topic(IReadOnlyList<string> topics, TopicIndex? index)
    {
        if (topics.Count == 0)
        {
            return null;
        }

        // A topic stands on the trigger's side of the value: in "charged last month with war crimes" the
        // event is "charged", and "war" after the value belongs to something else.
        int anchor = _trigger?.First ?? _valueFirst;
        int from = 0, to = _words.Count;
        if (_trigger is { } side)
        {
            (from, to) = side.Last < _valueFirst ? (0, _valueFirst) : (_valueLast + 1, _words.Count);
        }

        // A topic further away belongs to another clause; the bound also keeps long sentences linear.
        from = Math.Max(from, anchor - MaxTopicDistance);
        to = Math.Min(to, anchor + MaxTopicDistance + 1);
        (int, int)? best = null;
        int bestDistance = int.MaxValue;
        for (int i = from; i < to; i++)
        {
            if ((i >= _valueFirst && i <= _valueLast) || (_trigger is { } t && i >= t.First && i <= t.Last))
            {
                continue;
            }

            if (index is not null)
            {
                foreach (TopicIndex.Phrase phrase in index.StartingWith(_words.Word(i)))
                {
                    Consider(i, MatchRest(i, phrase.Rest), anchor, ref best, ref bestDistance);
                }

                continue;
            }

            for (int k = 0; k < topics.Count; k++)
            {
                Consider(i, MatchPhrase(i, topics[k]), anchor, ref best, ref bestDistance);
            }
        }

        return best;
    }

    // Keeps the topic found at word i (length words; 0 for none) when it is nearer the anchor than the best so far.
    private void Consider(int i, int length, int anchor, ref (int, int)? best, ref int bestDistance)
    {
        if (length == 0)
        {
            return;
        }

        // Distance to the nearer edge, so that "death toll" and "toll" tie and the longer phrase wins.
        int last = i + length - 1;
        int distance = Math.Min(Math.Abs(i - anchor), Math.Abs(last - anchor));
        bool nearer = distance < bestDistance || (distance == bestDistance && best is { } b && length > b.Item2 - b.Item1 + 1);

        // Without a trigger the topic must stand in the value's clause: no punctuation between them.
        bool sameClause = _trigger is not null || !(last < _valueFirst ? HasBreak(last, _valueFirst) : HasBreak(_valueLast, i));
        if (nearer && sameClause)
        {
            best = (i, last);
            bestDistance = distance;
        }
    }

    // The length of a phrase whose first word matched word start, or 0 when the rest does not follow without a break.
    private int MatchRest(int start, string[] rest)
    {
        for (int k = 0; k < rest.Length; k++)
        {
            int index = start + 1 + k;
            if (index >= _words.Count || !_words.Word(index).Equals(rest[k], StringComparison.OrdinalIgnoreCase) || _words.BreakAfter(index - 1))
            {
                return 0;
            }
        }

        return rest.Length + 1;
    }

    /// <summary>Up to six words before the value (or a trigger before it), back to punctuation or a word that starts a clause.</summary>
    private (int, int)? ClauseBefore()
    {
        int end = _valueFirst - 1;
        if (_trigger is { } t && t.Last < _valueFirst)
        {
            end = Math.Min(end, t.First - 1);
        }

        // "talking for the past 10 years": the clause is "talking", not "talking for the".
        while (end >= 0 && (IsBreakWord(end) || IsDeterminer(end)) && !_words.BreakAfter(end))
        {
            end--;
        }

        int first = end + 1;
        while (first - 1 >= 0 && end - (first - 1) < MaxClauseWords && !_words.BreakAfter(first - 1) && !IsClauseStart(first - 1))
        {
            first--;
        }

        return first <= end ? (first, end) : null;
    }

    private int MatchPhrase(int start, string phrase)
    {
        int length = 0;
        foreach (Range part in phrase.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> word = phrase.AsSpan()[part];
            if (word.IsEmpty)
            {
                continue;
            }

            int index = start + length;
            if (index >= _words.Count || !_words.Word(index).Equals(word, StringComparison.OrdinalIgnoreCase)
                || (length > 0 && _words.BreakAfter(index - 1)))
            {
                return 0;
            }

            length++;
        }

        return length;
    }

    private bool HasBreak(int from, int to)
    {
        for (int i = Math.Max(from, 0); i < to && i < _words.Count; i++)
        {
            if (_words.BreakAfter(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDeterminer(int index)
    {
        ReadOnlySpan<char> word = _words.Word(index);
        return word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsTrigger(int index) => _trigger is { } t && index >= t.First && index <= t.Last;

    private bool IsBreakWord(int index) => BreakLookup.Contains(_words.Word(index));

    private bool IsClauseStart(int index) => ClauseLookup.Contains(_words.Word(index));
}
