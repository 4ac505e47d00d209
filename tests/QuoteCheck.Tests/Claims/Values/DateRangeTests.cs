using QuoteCheck.Claims.Values;

namespace QuoteCheck.Tests.Claims.Values;

/// <summary>A range of two stated parts keeps both its end as a reader means it and where its last part begins.</summary>
public class DateRangeTests
{
    [TestCase("The Orlen quarry was worked 2014-2018.", "2014-2018", "2014-01-01", "2019-01-01", "2018-01-01")]
    [TestCase("The Orlen fair ran from 4 to 9 March 2031.", "from 4 to 9 March 2031", "2031-03-04", "2031-03-10", "2031-03-09")]
    [TestCase("Repairs lasted from May to September 2030.", "from May to September 2030", "2030-05-01", "2030-10-01", "2030-09-01")]
    public void TwoPartRangeKnowsWhereItsLastPartBegins(string input, string text, string start, string end, string lastPartStart)
    {
        RecognizedValue value = QuoteChecker.Default.RecognizeValues(input, new DateOnly(2031, 6, 1)).Single();
        var date = (DateValue)value.Value;
        Assert.Multiple(() =>
        {
            Assert.That(value.Text, Is.EqualTo(text));
            Assert.That(date.Start, Is.EqualTo(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(date.End, Is.EqualTo(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(date.LastPartStart, Is.EqualTo(DateOnly.Parse(lastPartStart, System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public void OneDateHasNoLastPart()
    {
        var date = (DateValue)QuoteChecker.Default.RecognizeValues("The Orlen fair opened in March 2031.", new DateOnly(2031, 6, 1)).Single().Value;
        Assert.That(date.LastPartStart, Is.Null);
    }

    [TestCase("The Orlen mine closed 18 months ago.", "18 months ago", "2029-12-01", "2030-01-01", "2029-12-01")]
    [TestCase("The Orlen mine closed two years ago.", "two years ago", "2029-01-01", "2030-01-01", "2029-06-01")]
    public void CountedBackMonthOrYearKnowsItsDay(string input, string text, string start, string end, string countedDay)
    {
        RecognizedValue value = QuoteChecker.Default.RecognizeValues(input, new DateOnly(2031, 6, 1)).Single();
        var date = (DateValue)value.Value;
        Assert.Multiple(() =>
        {
            Assert.That(value.Text, Is.EqualTo(text));
            Assert.That(date.Start, Is.EqualTo(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)), "the whole month or year, as a reader means it");
            Assert.That(date.End, Is.EqualTo(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(date.CountedDay, Is.EqualTo(DateOnly.Parse(countedDay, System.Globalization.CultureInfo.InvariantCulture)), "the day the count lands on");
        });
    }

    [Test]
    public void DayCountedBackHasNoCountedDay()
    {
        var date = (DateValue)QuoteChecker.Default.RecognizeValues("The Orlen mine closed 3 days ago.", new DateOnly(2031, 6, 1)).Single().Value;
        Assert.That(date.CountedDay, Is.Null);
    }
}
