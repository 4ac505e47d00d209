using QuoteCheck.Text;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// Finds numbers, percentages, money, dates and durations in text and resolves them (relative dates
/// against a reference date, in the tense of their sentence). Stateless and safe to use from many threads.
/// </summary>
/// <remarks>
/// One pass of <see cref="ValueScanner"/> over the tokens of the range; see docs/values.md for what is
/// recognised, the qualifier tolerances and the tense rule.
/// </remarks>
internal sealed class ValueRecognizer
{
    public static ValueRecognizer Default { get; } = new();

    /// <summary>Appends every value found in <paramref name="range"/> of <paramref name="text"/>, in text order.</summary>
    public void Recognize(string text, TextSpan range, DateOnly? referenceDate, List<RecognizedValue> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        if (range.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(range), "The range runs past the end of the text.");
        }

        ValueScanner.Scan(text, range, referenceDate, output);
    }
}
