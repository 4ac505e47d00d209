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
    }

    /// <summary>Currency names of several words ("swiss francs") by their first word.</summary>
    public FrozenDictionary<string, Phrase<string>[]>.AlternateLookup<ReadOnlySpan<char>> CurrencyPhrases { get; }

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
            // "new year's day" is the words "new", "year", "'", "s", "day" to the tokenizer.
            string[] words = key.Replace("'", " ' ", StringComparison.Ordinal).Replace(".", " . ", StringComparison.Ordinal)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
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
