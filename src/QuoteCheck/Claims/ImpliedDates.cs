using QuoteCheck.Claims.Values;

namespace QuoteCheck.Claims;

/// <summary>
/// The date a duration points back to from the publication date: "18 months ago" in an article of
/// 11 July 2020 is January 2019. The result has the granularity of the duration's unit (days and weeks give
/// a day, months a month, years and decades a year); a qualified duration ("about 18 months") gives the
/// range of units its interval allows.
/// </summary>
internal static class ImpliedDates
{
    public static DateValue Before(DateOnly? reference, DurationValue duration)
    {
        DateGranularity unitGranularity = duration.Unit switch
        {
            DurationUnit.Month => DateGranularity.Month,
            DurationUnit.Year or DurationUnit.Decade => DateGranularity.Year,
            _ => DateGranularity.Day,
        };

        if (reference is not { } published)
        {
            string expression = "publication-" + duration.ToNormalString();
            return DateValue.Unresolved(unitGranularity, expression);
        }

        // The longest duration allowed gives the earliest date, the shortest the latest.
        DateOnly earliest = Subtract(published, duration.Interval.Max, duration.Unit);
        DateOnly latest = Subtract(published, Math.Max(duration.Interval.Min, 0), duration.Unit);
        (DateOnly start, DateOnly end) = unitGranularity switch
        {
            DateGranularity.Month => (FirstOfMonth(earliest), FirstOfMonth(latest).AddMonths(1)),
            DateGranularity.Year => (new DateOnly(earliest.Year, 1, 1), new DateOnly(latest.Year, 1, 1).AddYears(1)),
            _ => (earliest, latest.AddDays(1)),
        };

        bool oneUnit = unitGranularity switch
        {
            DateGranularity.Month => start.AddMonths(1) == end,
            DateGranularity.Year => start.AddYears(1) == end,
            _ => start.AddDays(1) == end,
        };

        return new DateValue(start, end, oneUnit ? unitGranularity : DateGranularity.Range, duration.Qualifier);
    }

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly Subtract(DateOnly from, double amount, DurationUnit unit)
    {
        if (double.IsNaN(amount) || amount * DurationValue.DaysPer(unit) > 3_000_000)
        {
            return DateOnly.MinValue;
        }

        bool whole = amount == Math.Floor(amount) && amount < 100_000;
        try
        {
            return unit switch
            {
                DurationUnit.Month when whole => from.AddMonths(-(int)amount),
                DurationUnit.Year when whole => from.AddYears(-(int)amount),
                DurationUnit.Decade when whole => from.AddYears(-10 * (int)amount),
                _ => from.AddDays(-(int)Math.Round(amount * DurationValue.DaysPer(unit), MidpointRounding.AwayFromZero)),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return DateOnly.MinValue;
        }
    }
}
