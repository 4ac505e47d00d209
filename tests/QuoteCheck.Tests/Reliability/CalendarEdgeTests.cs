namespace QuoteCheck.Tests.Reliability;

/// <summary>
/// Relative dates resolved against the first and last days <see cref="DateOnly"/> can hold: a result, never
/// an overflow (the fuzzing targets reach these reference dates; this keeps them in the test run).
/// </summary>
public class CalendarEdgeTests
{
    private const string Text =
        "It happened 99999999999 years ago, or 10 centuries ago, 18 months ago, 3 weeks ago, 2 days ago, last year, " +
        "last month, last week, yesterday, tomorrow, next Monday, next week, next year, in 99999999999 years, " +
        "on 31 December, 29 February, in the 1990s, between 1998 and 2001, early June, this spring.";

    [TestCaseSource(nameof(ReferenceDates))]
    public void RecognisingValuesNearTheEdgesOfTheCalendarGivesFaithfulSpans(DateOnly? reference)
    {
        var values = QuoteChecker.Default.RecognizeValues(Text, reference);

        Assert.That(values, Is.Not.Empty);
        foreach (var value in values)
        {
            Assert.That(value.Text, Is.EqualTo(Text.Substring(value.Span.Start, value.Span.Length)));
            Assert.That(value.Value.ToNormalString(), Is.Not.Null);
        }
    }

    [TestCaseSource(nameof(ReferenceDates))]
    public void AnalysingAnArticlePublishedNearTheEdgesOfTheCalendarGivesFaithfulSpans(DateOnly? published)
    {
        string article = "At least 14 people died in the Marrowgate flood 18 months ago, officials said. " + Text;
        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(QuoteCheck.Text.SourceDocument.Create("edge", article, published));

        Assert.That(analysis.Claims, Is.Not.Empty);
        InvariantChecks.AssertSpansAreFaithful(analysis);
    }

    private static IEnumerable<DateOnly?> ReferenceDates() =>
        [DateOnly.MinValue, DateOnly.MinValue.AddDays(1), new DateOnly(2000, 2, 29), DateOnly.MaxValue.AddDays(-1), DateOnly.MaxValue, null];
}
