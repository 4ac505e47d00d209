using System.Globalization;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// A date at some granularity, as the interval of days it covers: <c>June 27</c> is one day,
/// <c>November 2018</c> thirty, <c>2008</c> a year. A relative date (<c>last month</c>) in an article
/// with no publication date stays unresolved: <see cref="IsResolved"/> is false and
/// <see cref="Start"/> and <see cref="End"/> are null.
/// </summary>
public sealed record DateValue : ClaimValue
{
    /// <summary>Creates a resolved date.</summary>
    /// <param name="start">The first day covered.</param>
    /// <param name="end">The day after the last day covered (exclusive).</param>
    /// <param name="granularity">How precisely the date is given.</param>
    /// <param name="qualifier">A qualifier such as <c>about</c>, if any.</param>
    public DateValue(DateOnly start, DateOnly end, DateGranularity granularity, Qualifier qualifier = Qualifier.Exact)
        : base(qualifier)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "The end of a date must not come before its start.");
        }

        Start = start;
        End = end;
        Granularity = granularity;
    }

    private DateValue(DateGranularity granularity, string expression) : base(Qualifier.Exact)
    {
        Granularity = granularity;
        Expression = expression;
    }

    /// <summary>A date that cannot be placed on the calendar, such as <c>last month</c> with no publication date.</summary>
    /// <param name="granularity">How precisely the date is given.</param>
    /// <param name="expression">A partial form, such as <c>XXXX-07-16</c> or the words as written.</param>
    /// <returns>An unresolved date.</returns>
    public static DateValue Unresolved(DateGranularity granularity, string expression) => new(granularity, expression);

    /// <summary>One calendar day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>A day-granularity date.</returns>
    public static DateValue OfDay(DateOnly day) => new(day, day.AddDays(1), DateGranularity.Day);

    /// <summary>One calendar month.</summary>
    /// <param name="year">The year.</param><param name="month">The month, 1 to 12.</param>
    /// <returns>A month-granularity date.</returns>
    public static DateValue OfMonth(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new DateValue(start, start.AddMonths(1), DateGranularity.Month);
    }

    /// <summary>One calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>A year-granularity date.</returns>
    public static DateValue OfYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), DateGranularity.Year);

    /// <summary>The first day covered; null when unresolved.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The day after the last day covered (exclusive); null when unresolved.</summary>
    public DateOnly? End { get; init; }

    /// <summary>How precisely the date is given.</summary>
    public DateGranularity Granularity { get; init; }

    /// <summary>Whether the date was placed on the calendar.</summary>
    public bool IsResolved => Start is not null;

    /// <summary>For an unresolved date, its partial form; otherwise null.</summary>
    public string? Expression { get; init; }

    /// <summary>
    /// Whether the year was not written but chosen from the reference date and the sentence's tense
    /// (<c>in April</c>, <c>on June 27</c>); such a date may be a year off.
    /// </summary>
    public bool IsYearInferred { get; init; }

    /// <summary>
    /// For a range written as two dates (<c>2014-2018</c>, <c>from May to September</c>, <c>July 13-15</c>), the first
    /// day of its last part (2018-01-01, 1 September, 15 July); null for anything else. <see cref="End"/> is where the
    /// range ends as a reader means it (after the whole last part: 2019-01-01, 1 October, 16 July); this is where
    /// Recognizers-Text, and so the dates-numbers corpus, end it.
    /// </summary>
    public DateOnly? LastPartStart { get; init; }

    /// <summary>
    /// For a month or year counted back from the reference date (<c>18 months ago</c>, <c>two years ago</c>), the day the
    /// count lands on; null for anything else. <see cref="Start"/> and <see cref="End"/> cover that whole month or year,
    /// as a reader means it; Recognizers-Text and Duckling, and so the dates-numbers corpus, give this day.
    /// </summary>
    public DateOnly? CountedDay { get; init; }

    /// <summary>Whether the date was resolved against a publication date estimated from the cluster rather than given.</summary>
    public bool IsEstimated { get; init; }

    /// <inheritdoc/>
    public override string ToNormalString()
    {
        if (Start is not { } s || End is not { } e)
        {
            return Expression ?? "unresolved";
        }

        if (s == DateOnly.MinValue || e == DateOnly.MaxValue)
        {
            // An open range ("before 2010", "since March"): ".." marks the open side, as in ISO 8601-2.
            string from = s == DateOnly.MinValue ? ".." : s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string to = e == DateOnly.MaxValue ? ".." : e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return from + "/" + to;
        }

        return Granularity switch
        {
            DateGranularity.Day => s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateGranularity.Month => s.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DateGranularity.Year => s.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
