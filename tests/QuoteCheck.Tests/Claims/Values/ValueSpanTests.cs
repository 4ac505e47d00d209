using QuoteCheck.Claims.Values;

namespace QuoteCheck.Tests.Claims.Values;

/// <summary>Spans index the caller's string, whatever comes before the value.</summary>
public class ValueSpanTests
{
    [TestCase("On 3 May 2030 the dam broke.", "3 May 2030", 3)]
    [TestCase("\u201CMore than 1,000,\u201D he said.", "More than 1,000", 1)]
    [TestCase("First line.\r\nAbout 40% agreed.", "About 40%", 13)]
    [TestCase("Ship\u00A0lost: £2.5m in cargo.", "£2.5m", 11)]
    public void SpanCoversTheValue(string input, string text, int start)
    {
        RecognizedValue value = QuoteChecker.Default.RecognizeValues(input).Single();
        Assert.Multiple(() =>
        {
            Assert.That(value.Span.Start, Is.EqualTo(start));
            Assert.That(value.Text, Is.EqualTo(text));
            Assert.That(input.Substring(value.Span.Start, value.Span.Length), Is.EqualTo(text));
        });
    }

    [TestCase("")]
    [TestCase("- / , . % $")]
    [TestCase("1-2-3-4-5-6-7-8-9")]
    [TestCase("between and from to")]
    public void OddInputGivesNoCrash(string input) =>
        Assert.That(() => QuoteChecker.Default.RecognizeValues(input, new DateOnly(2030, 1, 1)), Throws.Nothing);
}
