using QuoteCheck.Claims.Values;
using QuoteCheck.Tests.Support;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Claims.Values;

/// <summary>
/// The figures issue 4 names in the seed articles (../shared/seeds, read at run time): each must be found
/// with the right kind and normal value. Seeds 003 and 004 carry a date marker, so their relative dates
/// resolve; 000 to 002 have none, so theirs stay unresolved.
/// </summary>
public class SeedValueTests
{
    private static IReadOnlyList<RecognizedValue> ValuesOf(string seedPrefix, out SourceDocument document)
    {
        string folder = SharedData.RequireSeeds();
        string path = Directory.GetFiles(folder, seedPrefix + "_*.txt").Single();
        document = SourceDocument.Load(path);
        return QuoteChecker.Default.RecognizeValues(document.Text, document.Published);
    }

    [TestCase("000", "More than 13,000", ValueKind.NumberRange, "13000", Qualifier.MoreThan)]
    [TestCase("003", "November 2018", ValueKind.Date, "2018-11", Qualifier.Exact)]
    [TestCase("002", "March 2011", ValueKind.Date, "2011-03", Qualifier.Exact)]
    [TestCase("004", "2008", ValueKind.Date, "2008", Qualifier.Exact)]
    [TestCase("000", "1998-99", ValueKind.DateRange, "1998-01-01/2000-01-01", Qualifier.Exact)]
    [TestCase("001", "1998-99", ValueKind.DateRange, "1998-01-01/2000-01-01", Qualifier.Exact)]
    [TestCase("003", "June 27", ValueKind.Date, "2020-06-27", Qualifier.Exact)]
    [TestCase("004", "June 27", ValueKind.Date, "2020-06-27", Qualifier.Exact)]
    [TestCase("004", "July 16", ValueKind.Date, "2020-07-16", Qualifier.Exact)]
    [TestCase("001", "18 months", ValueKind.Duration, "P18M", Qualifier.Exact)]
    [TestCase("003", "20 months", ValueKind.Duration, "P20M", Qualifier.Exact)]
    [TestCase("002", "some 30", ValueKind.Number, "30", Qualifier.Approximately)]
    [TestCase("004", "Five", ValueKind.Number, "5", Qualifier.Exact)]
    [TestCase("004", "27", ValueKind.Number, "27", Qualifier.Exact)]
    public void FindsTheNamedFigure(string seed, string text, ValueKind kind, string normal, Qualifier qualifier)
    {
        IReadOnlyList<RecognizedValue> values = ValuesOf(seed, out _);
        string shown = string.Join("; ", values.Select(v => $"'{v.Text}' {v.Kind} {v.Value.ToNormalString()}"));
        Assert.That(values.Any(v => v.Text == text && v.Kind == kind && v.Value.ToNormalString() == normal && v.Value.Qualifier == qualifier),
            $"seed {seed}: expected '{text}' as {kind} {normal} ({qualifier}); found: {shown}");
    }

    [Test]
    public void MoreThanThirteenThousandIsAtLeastThirteenThousand()
    {
        RecognizedValue toll = ValuesOf("000", out _).Single(v => v.Text == "More than 13,000");
        Assert.That(((NumberValue)toll.Value).Interval.Min, Is.EqualTo(13000));
    }

    [TestCase("000", "last month")]
    [TestCase("000", "Sunday")]
    [TestCase("001", "Thursday")]
    [TestCase("002", "this coming Thursday")]
    public void RelativeDatesStayUnresolvedWithoutAPublicationDate(string seed, string text)
    {
        IReadOnlyList<RecognizedValue> values = ValuesOf(seed, out SourceDocument document);
        Assert.That(document.Published, Is.Null);
        var dates = values.Where(v => v.Text.Equals(text, StringComparison.Ordinal)).Select(v => v.Value).OfType<DateValue>().ToList();
        Assert.That(dates, Is.Not.Empty.And.All.Matches<DateValue>(d => !d.IsResolved && d.Expression != null));
    }

    [TestCase("003")]
    [TestCase("004")]
    public void EveryDateResolvesWhenTheArticleHasADate(string seed)
    {
        IReadOnlyList<RecognizedValue> values = ValuesOf(seed, out SourceDocument document);
        Assert.That(document.Published, Is.Not.Null);
        var dates = values.Select(v => v.Value).OfType<DateValue>().ToList();
        Assert.That(dates, Is.Not.Empty.And.All.Matches<DateValue>(d => d.IsResolved));
    }

    [Test]
    public void LastWeekendResolvesAgainstTheMarker()
    {
        RecognizedValue weekend = ValuesOf("003", out SourceDocument document).Single(v => v.Text == "last weekend");
        var value = (DateValue)weekend.Value;
        Assert.Multiple(() =>
        {
            Assert.That(value.Start, Is.EqualTo(new DateOnly(2020, 7, 11)), $"published {document.Published}");
            Assert.That(value.End, Is.EqualTo(new DateOnly(2020, 7, 13)));
        });
    }
}
