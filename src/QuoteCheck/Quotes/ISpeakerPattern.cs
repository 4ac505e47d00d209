using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Recognises speakers that the built-in rules do not know (a newsroom's bylines, social-media
/// handles, the name of a body). Add one with <see cref="QuoteCheckerBuilder.AddSpeakerPattern"/>.
/// </summary>
/// <remarks>
/// The extractor asks each pattern, in the order added and before its own rules, about the words that
/// stand where a speaker would be next to a cue (<c>the Kremlin</c> in <c>the Kremlin said</c>). The
/// first pattern that answers wins. Implementations must be thread-safe and must not keep the text.
/// </remarks>
/// <example>
/// <code>
/// sealed class HandlePattern : ISpeakerPattern
/// {
///     public SpeakerMatch? Match(string text, TextSpan candidate)
///     {
///         int at = text.IndexOf('@', candidate.Start, candidate.Length);
///         return at &lt; 0 ? null : new SpeakerMatch(TextSpan.FromBounds(at, candidate.End), SpeakerKind.Person);
///     }
/// }
/// </code>
/// </example>
public interface ISpeakerPattern
{
    /// <summary>Looks for a speaker mention inside <paramref name="candidate"/>.</summary>
    /// <param name="text">The document's whole text.</param>
    /// <param name="candidate">The words next to a cue where the speaker would be.</param>
    /// <returns>The mention (a span inside <paramref name="candidate"/>) and its kind, or <see langword="null"/> to leave it to the next rule.</returns>
    SpeakerMatch? Match(string text, TextSpan candidate);
}

/// <summary>A speaker mention found by an <see cref="ISpeakerPattern"/>.</summary>
/// <param name="Span">Where the mention lies; its text becomes the speaker's name.</param>
/// <param name="Kind">What sort of source it is.</param>
public readonly record struct SpeakerMatch(TextSpan Span, SpeakerKind Kind);
