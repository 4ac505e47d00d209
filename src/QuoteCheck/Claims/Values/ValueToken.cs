namespace QuoteCheck.Claims.Values;

/// <summary>What a <see cref="ValueToken"/> holds.</summary>
internal enum ValueTokenKind : byte
{
    /// <summary>A run of letters (an apostrophe ends it, so "EU's" is "EU", "'", "s").</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Digits,

    /// <summary>Any other visible character, one per token.</summary>
    Symbol,
}

/// <summary>
/// One token of the value scanner: offsets into the caller's string, never a substring. Digits carry
/// their value so that dates and numbers need not parse them again.
/// </summary>
/// <param name="Start">The first character's offset.</param>
/// <param name="End">The offset just past the last character.</param>
/// <param name="Kind">Word, digits or symbol.</param>
/// <param name="Number">For digits, their value (saturated at <see cref="long.MaxValue"/>); otherwise 0.</param>
/// <param name="WordId">For a word some list knows, where <see cref="ValueLexicon.WordTexts"/> holds its lower-case form
/// as one shared, interned string (so that a matcher's comparison usually ends on the reference test); otherwise 0.
/// An id rather than the string, so that the token holds no reference.</param>
/// <param name="Flags">For a word, what the word lists say about it.</param>
internal readonly record struct ValueToken(int Start, int End, ValueTokenKind Kind, long Number, int WordId = 0, ValueWordFlags Flags = ValueWordFlags.None)
{
    public int Length => End - Start;
}
