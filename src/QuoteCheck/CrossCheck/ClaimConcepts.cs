using System.Collections.Frozen;
using QuoteCheck.Claims;
using QuoteCheck.Definitions;
using QuoteCheck.Text;

namespace QuoteCheck.CrossCheck;

/// <summary>A topic or event of Definitions/claim-concepts.txt.</summary>
internal sealed record ClaimConcept(bool IsTopic, string Name, string Label, bool Cumulative, bool Adjacent, bool Time, bool Count, bool Length, bool Gap);

/// <summary>
/// Finds what a claim is about: the nearest topic word (in the value's clause, else its sentence) and
/// the nearest event word before the value in its clause, from the data in Definitions/claim-concepts.txt.
/// Synonyms share a concept (talks / negotiations / dialogue; broke down / collapsed / frozen).
/// </summary>
internal static class ClaimConcepts
{
    /// <summary>
    /// How far (in characters) on each side of the value a topic or event word is looked for. News
    /// sentences are far shorter; text with no sentence breaks would otherwise be read whole for every
    /// claim in it (quadratic).
    /// </summary>
    public const int MaxReach = 600;

    private static readonly FrozenDictionary<string, (ClaimConcept Concept, string[] Phrase)[]> ByFirstWord = Load();

    /// <summary>
    /// The only folded words a claim's sentence is read for: those of the concepts' phrases, and "since" (a gap back in
    /// time). Every other word is kept with no fold (null), which is all the comparisons below need to know.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConceptWords =
        ByFirstWord.Values.SelectMany(static entries => entries).SelectMany(static entry => entry.Phrase).Append("since")
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static (ClaimConcept? Topic, ClaimConcept? Event) Of(SourceDocument document, Claim claim)
    {
        string text = document.Text;
        TextSpan sentence = claim.Sentence.Length > 0 && claim.Sentence.Contains(claim.Span.Start) ? claim.Sentence : AroundValue(text, claim.Span);
        sentence = TextSpan.FromBounds(Math.Max(sentence.Start, claim.Span.Start - MaxReach), Math.Min(sentence.End, claim.Span.End + MaxReach));
        List<(int Start, int End, string? Word)> words = WordsOf(text, sentence);
        int valueFirst = -1, valueLast = -1;
        for (int k = 0; k < words.Count; k++)
        {
            if (valueFirst < 0 && words[k].End > claim.Span.Start)
            {
                valueFirst = k;
            }

            if (words[k].Start < claim.Span.End)
            {
                valueLast = k;
            }
        }

        if (valueFirst < 0 || valueLast < valueFirst)
        {
            return (null, null);
        }

        (int clauseStart, int clauseEnd) = Clause(text, sentence, claim.Span, words);
        ClaimConcept? topic = null;
        int topicDistance = int.MaxValue;
        ClaimConcept? topicInSentence = null;
        int sentenceDistance = int.MaxValue;
        ClaimConcept? evt = null;
        int eventDistance = int.MaxValue;
        ClaimConcept? adjacent = null;
        for (int i = 0; i < words.Count; i++)
        {
            if (i >= valueFirst && i <= valueLast)
            {
                continue;
            }

            if (words[i].Word is not { } word || !ByFirstWord.TryGetValue(word, out var candidates))
            {
                continue;
            }

            foreach ((ClaimConcept concept, string[] phrase) in candidates)
            {
                if (!PhraseAt(words, i, phrase))
                {
                    continue;
                }

                int end = i + phrase.Length - 1;
                int distance = i > valueLast ? i - valueLast : valueFirst - end;
                bool inClause = words[i].Start >= clauseStart && words[end].End <= clauseEnd;
                if (concept.IsTopic)
                {
                    if (inClause && distance < topicDistance)
                    {
                        (topic, topicDistance) = (concept, distance);
                    }
                    else if (distance < sentenceDistance)
                    {
                        (topicInSentence, sentenceDistance) = (concept, distance);
                    }
                }
                else if (concept.Adjacent)
                {
                    if (end == valueFirst - 1)
                    {
                        adjacent = concept;
                    }
                }
                else if (concept.Gap && !MarksGap(claim, words, valueFirst))
                {
                    continue;
                }
                else if (inClause && end < valueFirst && distance < eventDistance)
                {
                    (evt, eventDistance) = (concept, distance);
                }
            }
        }

        return (topic ?? topicInSentence, evt ?? adjacent);
    }

    /// <summary>Whether a value is a gap back in time: a duration, or a date that follows "since".</summary>
    private static bool MarksGap(Claim claim, List<(int Start, int End, string? Word)> words, int valueFirst) =>
        claim.Value.Value is Claims.Values.DurationValue
        || string.Equals(words[valueFirst].Word, "since", StringComparison.Ordinal)
        || (valueFirst > 0 && string.Equals(words[valueFirst - 1].Word, "since", StringComparison.Ordinal));

    private static TextSpan AroundValue(string text, TextSpan value)
    {
        int start = value.Start;
        while (start > 0 && value.Start - start < MaxReach && text[start - 1] is not ('.' or '\n' or '!' or '?'))
        {
            start--;
        }

        int end = value.End;
        while (end < text.Length && end - value.End < MaxReach && text[end] is not ('.' or '\n' or '!' or '?'))
        {
            end++;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static bool PhraseAt(List<(int Start, int End, string? Word)> words, int i, string[] phrase)
    {
        if (i + phrase.Length > words.Count)
        {
            return false;
        }

        for (int k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[i + k].Word, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The clause around the value: the sentence cut at commas, semicolons, colons, brackets and dashes.</summary>
    private static (int Start, int End) Clause(string text, TextSpan sentence, TextSpan value, List<(int Start, int End, string? Word)> words)
    {
        _ = words;
        int start = value.Start;
        while (start > sentence.Start && !IsClauseBreak(text, start - 1) && !ConjunctionBefore(text, sentence.Start, start))
        {
            start--;
        }

        int end = value.End;
        while (end < sentence.End && !IsClauseBreak(text, end) && !ConjunctionAfter(text, end, sentence.End))
        {
            end++;
        }

        return (start, end);
    }

    // "At least 70 people died and 195 were injured": a coordinating conjunction starts another clause, so
    // the 195 is not about the deaths.
    private static readonly string[] Conjunctions = [" and ", " but ", " while ", " whereas "]; // each begins and ends with a space

    private static bool ConjunctionBefore(string text, int limit, int position)
    {
        // Every conjunction ends with a space: most positions are ruled out by one character, before any comparison.
        if (position <= limit || text[position - 1] != ' ')
        {
            return false;
        }

        foreach (string conjunction in Conjunctions)
        {
            if (position - conjunction.Length >= limit && text.AsSpan(position - conjunction.Length, conjunction.Length).Equals(conjunction, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ConjunctionAfter(string text, int position, int limit)
    {
        // Every conjunction starts with a space (see ConjunctionBefore).
        if (position >= limit || text[position] != ' ')
        {
            return false;
        }

        foreach (string conjunction in Conjunctions)
        {
            if (position + conjunction.Length <= limit && text.AsSpan(position, conjunction.Length).Equals(conjunction, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseBreak(string text, int i)
    {
        char c = text[i];
        if (c is ',' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
        {
            return false; // 13,000
        }

        return c is ',' or ';' or ':' or '(' or ')' or '\u2014' or '\u2013' or '"' or '\u201C' or '\u201D';
    }

    /// <summary>
    /// The words of a stretch, each with its fold when that is one of <see cref="ConceptWords"/> (else null); a
    /// hyphenated word stays one word so "long-stalled" is not "stalled". The thread's
    /// own list, valid until its next call: claims come in text order, and the claims of one sentence (often
    /// several) read the same stretch, so it is folded once for all of them.
    /// </summary>
    private static List<(int Start, int End, string? Word)> WordsOf(string text, TextSpan span)
    {
        WordsCache cache = t_words ??= new WordsCache();
        if (ReferenceEquals(cache.Text, text) && cache.Span == span)
        {
            return cache.Words;
        }

        List<(int Start, int End, string? Word)> words = cache.Words;
        words.Clear();
        cache.Text = null; // not valid until filled
        int i = span.Start;
        while (i < span.End)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < span.End && (char.IsLetterOrDigit(text[i]) || ((text[i] is '-' or '\'' or '\u2019') && i + 1 < span.End && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            words.Add((start, i, TextFolding.FoldWordIfKnown(text.AsSpan(start, i - start), ConceptWords)));
        }

        (cache.Text, cache.Span) = (text, span);
        if (words.Capacity > MaxKeptWords)
        {
            t_words = null; // a huge stretch: let its list go rather than keep it with the thread
        }

        return words;
    }

    private const int MaxKeptWords = 4096;

    [ThreadStatic]
    private static WordsCache? t_words;

    /// <summary>One thread's last folded stretch: the text it came from (by reference), where, and its words.</summary>
    private sealed class WordsCache
    {
        public string? Text;
        public TextSpan Span;
        public readonly List<(int Start, int End, string? Word)> Words = [];
    }

    private static FrozenDictionary<string, (ClaimConcept, string[])[]> Load()
    {
        var map = new Dictionary<string, List<(ClaimConcept, string[])>>(StringComparer.Ordinal);
        foreach (string line in WordList.Lines("claim-concepts"))
        {
            string[] cells = [.. line.Split('|').Select(static c => c.Trim())];
            string[] flags = cells[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var concept = new ClaimConcept(cells[0] == "topic", cells[1], cells[2], flags.Contains("cumulative"), flags.Contains("adjacent"), flags.Contains("time"), flags.Contains("count"), flags.Contains("length"), flags.Contains("gap"));
            foreach (string entry in cells[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Folded like the text they are matched against (so "dialogue" meets the folded "dialog").
                string[] phrase = [.. entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(static w => TextFolding.Fold(w).Replace(" ", "", StringComparison.Ordinal))];
                if (!map.TryGetValue(phrase[0], out List<(ClaimConcept, string[])>? list))
                {
                    map[phrase[0]] = list = [];
                }

                list.Add((concept, phrase));
            }
        }

        return map.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
