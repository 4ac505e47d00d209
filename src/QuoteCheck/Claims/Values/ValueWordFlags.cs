namespace QuoteCheck.Claims.Values;

/// <summary>
/// What the value word lists say about one word, worked out once per word token by
/// <see cref="ValueTokenizer"/> so that the matchers test a bit instead of searching a list again.
/// A word with no flag at all cannot start (or continue) any value, and the scanner skips it.
/// </summary>
[Flags]
internal enum ValueWordFlags
{
    /// <summary>Not a word any matcher looks for.</summary>
    None = 0,

    /// <summary>One of the words the matchers compare tokens with (Definitions/value-keywords.txt).</summary>
    Keyword = 1 << 0,

    /// <summary>A month name or abbreviation.</summary>
    Month = 1 << 1,

    /// <summary>A weekday name or abbreviation.</summary>
    Weekday = 1 << 2,

    /// <summary>A cardinal number word.</summary>
    NumberWord = 1 << 3,

    /// <summary>A multiplier (hundred, million, bn).</summary>
    Scale = 1 << 4,

    /// <summary>An ordinal word.</summary>
    Ordinal = 1 << 5,

    /// <summary>A fraction denominator.</summary>
    Fraction = 1 << 6,

    /// <summary>A unit of time.</summary>
    TimeUnit = 1 << 7,

    /// <summary>A currency word, code or subunit.</summary>
    Currency = 1 << 8,

    /// <summary>The first word of a qualifier phrase.</summary>
    QualifierStart = 1 << 9,

    /// <summary>The first word of a holiday name.</summary>
    HolidayStart = 1 << 10,

    /// <summary>The first word of a currency name of several words.</summary>
    CurrencyPhraseStart = 1 << 11,

    /// <summary>A past-tense marker.</summary>
    TensePast = 1 << 12,

    /// <summary>A future-tense marker.</summary>
    TenseFuture = 1 << 13,

    /// <summary>A word after which a bare four-digit number is a year (Definitions/date-context-words.txt).</summary>
    DateContext = 1 << 14,

    /// <summary>A word inside a phrase of one of the lists (a later word of a qualifier, holiday or currency name).</summary>
    PhraseWord = 1 << 15,

    /// <summary>A word the matchers test only after a value's first token (Definitions/value-continuations.txt).</summary>
    Continuation = 1 << 16,

    /// <summary>A word that begins a value only with a listed word after it (Definitions/value-lead-words.txt).</summary>
    Lead = 1 << 17,

    /// <summary>The first word of a phrase that is the only way that word begins a value (Definitions/value-start-phrases.txt).</summary>
    StartPhraseStart = 1 << 18,

    /// <summary>A word that begins a value only before a count of time units (Definitions/value-count-leads.txt).</summary>
    CountLead = 1 << 19,

    /// <summary>A word that begins a value only as the first word of a count of time units (Definitions/value-count-starts.txt).</summary>
    CountStart = 1 << 20,

    /// <summary>A word one of the single-date matchers tests by name as its first word (Definitions/date-point-starts.txt).</summary>
    DatePointStart = 1 << 21,

    /// <summary>The flags of a word that can begin a value; a word with none of them cannot.</summary>
    CanStart = Keyword | Month | Weekday | NumberWord | Scale | Ordinal | Fraction | TimeUnit | Currency | QualifierStart | HolidayStart | CurrencyPhraseStart | StartPhraseStart | CountLead | CountStart,
}
