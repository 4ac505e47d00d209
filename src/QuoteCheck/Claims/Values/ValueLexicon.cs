using System.Collections.Frozen;
using System.Globalization;
using QuoteCheck.Definitions;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// The word lists the value scanner looks words up in, read once from <c>Definitions/*.txt</c>
/// ("key = value" lines) into frozen, case-insensitive dictionaries that are searched with spans, so
/// that a lookup never allocates.
/// </summary>
internal sealed class ValueLexicon
{
    private ValueLexicon()
    {
        NumberWords = Lookup("number-words", v => int.Parse(v, CultureInfo.InvariantCulture));
        Scales = Lookup("number-scales", v => double.Parse(v, CultureInfo.InvariantCulture));
        Ordinals = Lookup("ordinal-words", v => int.Parse(v, CultureInfo.InvariantCulture));
        Fractions = Lookup("fraction-words", v => int.Parse(v, CultureInfo.InvariantCulture));
        Months = Lookup("months", v => int.Parse(v, CultureInfo.InvariantCulture));
        Weekdays = Lookup("weekdays", v => int.Parse(v, CultureInfo.InvariantCulture));
        TimeUnits = Lookup("time-units", ParseTimeUnit);
        Currencies = Lookup("currencies", v => v);
        Tense = Lookup("tense-markers", v => v == "future");
        Qualifiers = Phrases("qualifiers", v => Enum.Parse<Qualifier>(v));
        Holidays = Phrases("holidays", v => v);
        CurrencyPhrases = Phrases("currency-phrases", v => v);
        StartPhrases = Phrases("value-start-phrases", v => v);
        (Words, WordTexts) = BuildWords();
        AsciiWords = new ValueWordTable(Words.Dictionary);
        LongestWord = Words.Dictionary.Keys.Max(k => k.Length);
    }

    /// <summary>The length of the longest word in <see cref="Words"/>.</summary>
    public int LongestWord { get; }

    /// <summary>
    /// Every word some list knows, with its shared lower-case form and its <see cref="ValueWordFlags"/>:
    /// the tokenizer's one lookup per word token.
    /// </summary>
    public FrozenDictionary<string, ValueWord>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

    /// <summary>
    /// The shared lower-case form of each word of <see cref="Words"/> at its <see cref="ValueWord.Id"/>; null at 0, the id
    /// of a word in no list. A token carries the id, not the string, so that the token buffer holds no references (no
    /// write barrier per token stored, nothing for the collector to trace).
    /// </summary>
    public string?[] WordTexts { get; }

    /// <summary>The words of <see cref="Words"/> made of ASCII letters, for the tokenizer's lookup of a word of ASCII letters.</summary>
    public ValueWordTable AsciiWords { get; }

    /// <summary>Whether <paramref name="word"/> is the shared form a matcher may compare token words with.</summary>
    public bool IsSharedWord(string word) => Words.TryGetValue(word.AsSpan(), out ValueWord? known) && string.Equals(known.Text, word, StringComparison.Ordinal);

    private static (FrozenDictionary<string, ValueWord>.AlternateLookup<ReadOnlySpan<char>> Words, string?[] Texts) BuildWords()
    {
        var flags = new Dictionary<string, ValueWordFlags>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, ValueWordFlags flag) => flags[word] = flags.GetValueOrDefault(word) | flag;
        void AddKeys(string list, ValueWordFlags flag)
        {
            foreach ((string key, _) in Entries(list))
            {
                Add(key, flag);
            }
        }

        void AddPhrases(string list, ValueWordFlags first)
        {
            foreach ((string key, _) in Entries(list))
            {
                string[] words = PhraseWords(key);
                Add(words[0], first);
                for (int k = 1; k < words.Length; k++)
                {
                    Add(words[k], ValueWordFlags.PhraseWord);
                }
            }
        }

        // Lists of single words, each giving its words one flag.
        foreach ((string list, ValueWordFlags flag) in (ReadOnlySpan<(string, ValueWordFlags)>)
        [
            ("value-keywords", ValueWordFlags.Keyword),
            ("value-lead-words", ValueWordFlags.Lead),
            ("value-continuations", ValueWordFlags.Continuation),
            ("value-count-leads", ValueWordFlags.CountLead),
            ("value-count-starts", ValueWordFlags.CountStart),
            ("date-point-starts", ValueWordFlags.DatePointStart),
            ("date-context-words", ValueWordFlags.DateContext),
        ])
        {
            foreach (string word in WordList.Lines(list))
            {
                Add(word, flag);
            }
        }

        AddKeys("number-words", ValueWordFlags.NumberWord);
        AddKeys("number-scales", ValueWordFlags.Scale);
        AddKeys("ordinal-words", ValueWordFlags.Ordinal);
        AddKeys("fraction-words", ValueWordFlags.Fraction);
        AddKeys("months", ValueWordFlags.Month);
        AddKeys("weekdays", ValueWordFlags.Weekday);
        AddKeys("time-units", ValueWordFlags.TimeUnit);
        AddKeys("currencies", ValueWordFlags.Currency);
        foreach ((string key, _) in Entries("currencies"))
        {
            if (key.Length > 1 && key.EndsWith('$'))
            {
                Add(key[..^1], ValueWordFlags.Currency); // "C$", "Mex$": a word, then the symbol
            }
        }

        foreach ((string key, string value) in Entries("tense-markers"))
        {
            Add(key, value == "future" ? ValueWordFlags.TenseFuture : ValueWordFlags.TensePast);
        }

        AddPhrases("qualifiers", ValueWordFlags.QualifierStart);
        AddPhrases("holidays", ValueWordFlags.HolidayStart);
        AddPhrases("currency-phrases", ValueWordFlags.CurrencyPhraseStart);
        AddPhrases("value-start-phrases", ValueWordFlags.StartPhraseStart);

        // Interned, so that under the JIT the literal "before" in a matcher is the very string a token's id stands for
        // and the ordinal comparison ends on its reference test. Ids from 1, in the order the words were listed.
        var texts = new string?[flags.Count + 1];
        var known = new Dictionary<string, ValueWord>(flags.Count, StringComparer.OrdinalIgnoreCase);
        foreach ((string key, ValueWordFlags flag) in flags)
        {
            int id = known.Count + 1;
            texts[id] = string.Intern(key.ToLowerInvariant());
            known[key] = new ValueWord(texts[id]!, id, flag);
        }

        return (known.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(), texts);
    }

    /// <summary>The tokens of a phrase key: "new year's day" is "new", "year", "'", "s", "day" to the tokenizer; "eid al-fitr" is "eid", "al", "-", "fitr".</summary>
    private static string[] PhraseWords(string key) =>
        key.Replace("'", " ' ", StringComparison.Ordinal).Replace(".", " . ", StringComparison.Ordinal).Replace("-", " - ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => string.Intern(w.ToLowerInvariant())).ToArray();

    /// <summary>Currency names of several words ("swiss francs") by their first word.</summary>
    public FrozenDictionary<string, Phrase<string>[]>.AlternateLookup<ReadOnlySpan<char>> CurrencyPhrases { get; }

    /// <summary>
    /// The phrases that are the only way their first word begins a value ("no later than", "that weekend"), by their
    /// first word: the scanner tries no matcher at such a word unless one of its phrases is there.
    /// </summary>
    public FrozenDictionary<string, Phrase<string>[]>.AlternateLookup<ReadOnlySpan<char>> StartPhrases { get; }

    /// <summary>Holiday names by their first word, with their rule (see Definitions/holidays.txt).</summary>
    public FrozenDictionary<string, Phrase<string>[]>.AlternateLookup<ReadOnlySpan<char>> Holidays { get; }

    public static ValueLexicon Instance { get; } = new();

    /// <summary>Cardinal words, zero to ninety.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWords { get; }

    /// <summary>Multipliers (hundred, million, bn, k).</summary>
    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Scales { get; }

    /// <summary>Ordinal words (first, twentieth).</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ordinals { get; }

    /// <summary>Fraction denominators (thirds, quarter).</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Fractions { get; }

    /// <summary>Month names and abbreviations to 1–12.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months { get; }

    /// <summary>Weekday names to ISO day numbers (Monday 1).</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Weekdays { get; }

    /// <summary>Units of time, with how many of the unit one word means (a fortnight is 2 weeks).</summary>
    public FrozenDictionary<string, (DurationUnit Unit, int Count)>.AlternateLookup<ReadOnlySpan<char>> TimeUnits { get; }

    /// <summary>Currency symbols, codes and words to an ISO code (or a subunit name).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Currencies { get; }

    /// <summary>Tense markers: true for future, false for past.</summary>
    public FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> Tense { get; }

    /// <summary>Qualifier phrases by their first word, longest first.</summary>
    public FrozenDictionary<string, Phrase<Qualifier>[]>.AlternateLookup<ReadOnlySpan<char>> Qualifiers { get; }

    private static (DurationUnit, int) ParseTimeUnit(string value)
    {
        int space = value.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? (Enum.Parse<DurationUnit>(value), 1)
            : (Enum.Parse<DurationUnit>(value[(space + 1)..]), int.Parse(value.AsSpan(0, space), CultureInfo.InvariantCulture));
    }

    private static IEnumerable<(string Key, string Value)> Entries(string list)
    {
        foreach (string line in WordList.Lines(list))
        {
            int eq = line.LastIndexOf('=');
            if (eq <= 0)
            {
                throw new InvalidOperationException($"Definitions/{list}.txt: '{line}' is not 'key = value'.");
            }

            yield return (line[..eq].Trim(), line[(eq + 1)..].Trim());
        }
    }

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>(string list, Func<string, T> parse)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, string value) in Entries(list))
        {
            map[key] = parse(value);
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FrozenDictionary<string, Phrase<T>[]>.AlternateLookup<ReadOnlySpan<char>> Phrases<T>(string list, Func<string, T> parse)
    {
        var map = new Dictionary<string, List<Phrase<T>>>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, string value) in Entries(list))
        {
            string[] words = PhraseWords(key);
            if (!map.TryGetValue(words[0], out List<Phrase<T>>? phrases))
            {
                map[words[0]] = phrases = [];
            }

            phrases.Add(new Phrase<T>(words, parse(value)));
        }

        return map.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

/// <summary>A phrase of several words and what it means.</summary>
/// <typeparam name="T">The meaning.</typeparam>
/// <param name="Words">The words, lower case.</param>
/// <param name="Value">The meaning.</param>
internal sealed record Phrase<T>(string[] Words, T Value);

/// <summary>A word some value list knows: its shared lower-case form and what the lists say about it.</summary>
/// <param name="Text">The word in lower case, interned.</param>
/// <param name="Id">Where <see cref="ValueLexicon.WordTexts"/> holds <paramref name="Text"/>: what a token carries.</param>
/// <param name="Flags">What the lists say about it.</param>
internal sealed record ValueWord(string Text, int Id, ValueWordFlags Flags);
