using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// A quotation or reported statement found in a document, with who said it.
/// </summary>
/// <remarks>
/// <para><see cref="Span"/> covers the quoted words without the quote marks, so
/// <c>text.Substring(Span.Start, Span.Length)</c> equals <see cref="Text"/>. A multi-paragraph quote's
/// span runs from its first word to its last and <see cref="Parts"/> lists each paragraph's piece
/// (without marks); its <see cref="Text"/> is those pieces joined by a space.</para>
/// <para>Immutable and safe to share across threads.</para>
/// </remarks>
public sealed record Quote
{
    /// <summary>Creates a quote.</summary>
    /// <param name="text">The quoted words (see remarks on multi-paragraph quotes).</param>
    /// <param name="kind">The kind of quotation.</param>
    /// <param name="span">Where the quoted words lie, without the quote marks.</param>
    /// <param name="parts">The pieces, one per paragraph; a single-paragraph quote has one part equal to <paramref name="span"/>.</param>
    public Quote(string text, QuoteKind kind, TextSpan span, IReadOnlyList<TextSpan> parts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        _text = new QuoteText(text);
        Kind = kind;
        Span = span;
        Parts = parts;
    }

    /// <summary>A quote found in a document: its words are made from <paramref name="parts"/> when first read.</summary>
    internal Quote(QuoteKind kind, QuoteParts parts)
    {
        _text = new QuoteText(parts);
        Kind = kind;
        Span = parts.Span;
        Parts = parts;
    }

    // The text, or the pieces it is made from until it is first read: most callers of an analysis never read
    // most quotes' words, and making them up front was a quarter of what analysing a document allocated.
    // Not readonly only so that the first read can keep the string (one atomic reference write; see QuoteText).
    private QuoteText _text;

    // Packed (see OptionalSpan): with both spans in 8 bytes each a quote is 80 bytes, not 88.
    private readonly OptionalSpan _speakerSpan;
    private readonly OptionalSpan _cueSpan;

    /// <summary>The quoted words without the quote marks.</summary>
    public string Text
    {
        get
        {
            if (_text.IsMade)
            {
                return _text.Value!;
            }

            string made = _text.Value!;
            _text = new QuoteText(made);
            return made;
        }

        init => _text = new QuoteText(value);
    }

    /// <summary>The kind of quotation.</summary>
    public QuoteKind Kind { get; init; }

    /// <summary>Where the quoted words lie in the document's text, without the marks.</summary>
    public TextSpan Span { get; init; }

    /// <summary>The quoted pieces, one per paragraph, without marks.</summary>
    public IReadOnlyList<TextSpan> Parts { get; init; }

    /// <summary>Who said it; <see langword="null"/> when the text does not say (kind <see cref="QuoteKind.Unattributed"/>, or no speaker could be found).</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>The mention of the speaker that attributes this quote (<c>Borrell</c>, <c>he</c>), when there is one nearby.</summary>
    public TextSpan? SpeakerSpan { get => _speakerSpan.Value; init => _speakerSpan = new OptionalSpan(value); }

    /// <summary>The cue word or phrase, as written (<c>said</c>, <c>told reporters</c>, <c>according to</c>).</summary>
    public string? Cue { get; init; }

    /// <summary>Where the cue lies.</summary>
    public TextSpan? CueSpan { get => _cueSpan.Value; init => _cueSpan = new OptionalSpan(value); }

    /// <summary>The quoted words.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
