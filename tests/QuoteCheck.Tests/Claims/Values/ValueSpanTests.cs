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

    /// <summary>A fuzz run once found "... months ago" with a huge count throwing from DateOnly.AddMonths.</summary>
    [TestCase("The fort fell 99999999 months ago.")]
    [TestCase("Gravel will cover it in 9999999999999 years.")]
    [TestCase("Over the past 99999999999 quarters the tide rose.")]
    [TestCase("It was built 1 month and 99999999 days ago.")]
    public void HugeCountsOfTimeGiveNoCrash(string input)
    {
        IReadOnlyList<RecognizedValue> values = [];
        Assert.That(() => values = QuoteChecker.Default.RecognizeValues(input, new DateOnly(2030, 1, 1)), Throws.Nothing);
        Assert.That(values.Select(v => input.Substring(v.Span.Start, v.Span.Length)), Is.EqualTo(values.Select(v => v.Text)));
    }

    [Test]
    public void HugeCountAgoIsADurationNotADate()
    {
        RecognizedValue value = QuoteChecker.Default.RecognizeValues("The fort fell 99999999 months ago.", new DateOnly(2030, 1, 1)).Single();
        Assert.That(value.Kind, Is.EqualTo(ValueKind.Duration));
    }

    /// <summary>Relative dates at the very ends of the calendar must not run off it.</summary>
    [TestCase(1, 1, 1)]
    [TestCase(9999, 12, 31)]
    public void ReferenceAtTheEndOfTheCalendarGivesNoCrash(int year, int month, int day) =>
        Assert.That(
            () => QuoteChecker.Default.RecognizeValues(
                "Tomorrow, next year, in 3 years, at Easter and on Sunday; from May to September, after December 31, 9999, the 9990s.",
                new DateOnly(year, month, day)),
            Throws.Nothing);
}
