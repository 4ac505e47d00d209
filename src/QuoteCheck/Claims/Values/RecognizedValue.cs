using QuoteCheck.Text;

namespace QuoteCheck.Claims.Values;

/// <summary>A value found in text: what was written, where, and what it means.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Text">The words as written (<c>more than 13,000</c>).</param>
/// <param name="Span">Where they lie in the caller's string.</param>
/// <param name="Kind">The sort of value.</param>
/// <param name="Value">The normalised value.</param>
public sealed record RecognizedValue(string Text, TextSpan Span, ValueKind Kind, ClaimValue Value);
