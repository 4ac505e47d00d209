namespace QuoteCheck.Quotes;

/// <summary>
/// The word lists a word belongs to, as bits: read once per word by the tokenizer (<see cref="WordClassTable"/>)
/// and kept in the word's <see cref="Token"/>, so attribution tests a bit where it hashed the word, often several
/// times over, against each list. Each bit means exactly what the case-insensitive lookup of the token's own text
/// in that list would answer; a list asked about another text (a possessive without its ending) is still asked.
/// </summary>
[Flags]
internal enum WordClass : ushort
{
    /// <summary>In no list (and every token that is not a word).</summary>
    None = 0,

    /// <summary>A cue on its own (<c>said</c>): in the cue lexicon as a single word.</summary>
    CueAlone = 1 << 0,

    /// <summary>The first word of a cue phrase (<c>according</c> to).</summary>
    CuePhrase = 1 << 1,

    /// <summary>speaker-titles.</summary>
    Title = 1 << 2,

    /// <summary>speaker-groups.</summary>
    Group = 1 << 3,

    /// <summary>speaker-documents.</summary>
    Document = 1 << 4,

    /// <summary>speaker-anonymous.</summary>
    Anonymous = 1 << 5,

    /// <summary>attribution-skip-words.</summary>
    Skip = 1 << 6,

    /// <summary>attribution-boundaries.</summary>
    Boundary = 1 << 7,

    /// <summary>prepositions.</summary>
    Preposition = 1 << 8,

    /// <summary>cue-noun-forms.</summary>
    NounForm = 1 << 9,

    /// <summary>abbreviations.</summary>
    Abbreviation = 1 << 10,

    /// <summary>A determiner (<c>the</c>, <c>his</c>, <c>one</c>).</summary>
    Determiner = 1 << 11,

    /// <summary>A subject pronoun (<c>he</c>, <c>they</c>).</summary>
    Pronoun = 1 << 12,

    /// <summary>A relative pronoun (<c>who</c>, <c>which</c>).</summary>
    Relative = 1 << 13,

    /// <summary>Any word that can start a cue: alone or as a phrase's first word.</summary>
    CueStart = CueAlone | CuePhrase,
}
