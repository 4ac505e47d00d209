namespace QuoteCheck.Quotes;

/// <summary>What kind of quotation a <see cref="Quote"/> is.</summary>
public enum QuoteKind
{
    /// <summary>A whole attributed quotation in quote marks: <c>"We agreed," she said.</c></summary>
    Direct,

    /// <summary>A few quoted words inside the reporter's own sentence: <c>called for "political courage"</c>.</summary>
    Partial,

    /// <summary>A direct quotation that runs over several paragraphs (each reopens with a quote mark, only the last closes).</summary>
    MultiParagraph,

    /// <summary>Reported speech with a clear cue and no quote marks: <c>Hoti said recognition was the only way</c>.</summary>
    Indirect,

    /// <summary>Words in quote marks that nobody is said to have said (scare quotes, titles).</summary>
    Unattributed,
}
