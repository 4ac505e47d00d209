namespace QuoteCheck.Quotes;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters and digits, with inner apostrophes, hyphens and dots (<c>Kosovo's</c>, <c>EU-backed</c>, <c>U.S</c>).</summary>
    Word,

    /// <summary>One punctuation character.</summary>
    Punct,

    /// <summary>A whole quotation with its marks (or the piece of a multi-paragraph one in this paragraph).</summary>
    Quote,
}

/// <summary>A token of a paragraph: a span of the text, never a copy of it; a word carries the lists it is in.</summary>
/// <remarks><see cref="Class"/> stands before <see cref="QuoteIndex"/> so that it fills the two bytes of padding
/// after <see cref="Capitalized"/>: the token stays 16 bytes.</remarks>
internal readonly record struct Token(int Start, int End, TokenKind Kind, bool Capitalized, WordClass Class, int QuoteIndex)
{
    public int Length => End - Start;

    /// <summary>Whether the token is a word in any of the lists of <paramref name="wordClass"/> (only words have a class).</summary>
    public bool Is(WordClass wordClass) => (Class & wordClass) != 0;
}
