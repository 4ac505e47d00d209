using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>A quote found during attribution, before speakers are final. A value kept in a reused list, so finding one allocates nothing.</summary>
/// <param name="Span">The quoted or reported words.</param>
/// <param name="Kind">How it is quoted.</param>
/// <param name="Marks">The quotation it comes from; null for reported speech.</param>
/// <param name="Speaker">The speaker's index in the <see cref="SpeakerRegistry"/>, or -1.</param>
/// <param name="SpeakerSpan">Where the speaker is named next to the cue, when it is.</param>
/// <param name="CueSpan">The cue, when there is one.</param>
internal readonly record struct FoundQuote(TextSpan Span, QuoteKind Kind, QuotedSpan? Marks, int Speaker, TextSpan? SpeakerSpan, TextSpan? CueSpan)
{
    /// <summary>Whether a later attribution of the same quotation replaced this one (it is dropped from the results).</summary>
    public bool Replaced { get; init; }
}
