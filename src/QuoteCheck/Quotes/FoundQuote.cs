using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>A quote found during attribution, before speakers are final.</summary>
internal sealed class FoundQuote
{
    public required TextSpan Span { get; init; }

    public required QuoteKind Kind { get; set; }

    public QuotedSpan? Marks { get; init; }

    /// <summary>The speaker's index in the <see cref="SpeakerRegistry"/>, or -1.</summary>
    public int Speaker { get; set; } = -1;

    public TextSpan? SpeakerSpan { get; set; }

    public TextSpan? CueSpan { get; set; }
}
