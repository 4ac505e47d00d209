using System.Globalization;
using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.CrossCheck;

/// <summary>What a claim's value is compared as: a closed interval on one measure.</summary>
/// <param name="Measure"><c>time</c> (days since 0001-01-01), <c>duration</c> (days) or <c>number:UNIT</c>.</param>
/// <param name="Low">The smallest value the words allow.</param>
/// <param name="High">The largest value the words allow (may be infinity for "more than").</param>
/// <param name="Point">The value as stated, for growth over time.</param>
/// <param name="IsDuration">Whether the words were a duration (counted back from the article's date for a time).</param>
internal readonly record struct ClaimReading(string Measure, double Low, double High, double Point, bool IsDuration)
{
    public bool Overlaps(ClaimReading other) => Low <= other.High && other.Low <= High;

    public string Display()
    {
        if (Measure == "time")
        {
            return Day(Low) + ".." + Day(High);
        }

        string unit = Measure == "duration" ? " days" : "";
        return Number(Low) + ".." + (double.IsPositiveInfinity(High) ? "" : Number(High)) + unit;
    }

    private static string Day(double day) => DateOnly.FromDayNumber((int)Math.Round(day, MidpointRounding.AwayFromZero)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// Turns claim values into intervals with the tolerance their words allow. The rules (documented in
/// docs/report-format.md, "Tolerances"):
/// <list type="bullet">
/// <item>A date covers its whole granularity: <c>November 2018</c> is 1–30 November, <c>2018</c> the whole year,
/// <c>end of June</c> whatever range the recogniser gave.</item>
/// <item>A duration is rounded to half its unit (<c>18 months</c> is 17.5–18.5 months); a round number of years
/// (a multiple of five, or a decade) to a year either side, because people say <c>10 years</c> loosely.</item>
/// <item><c>about</c>/<c>around</c>: one unit or 5% either side, whichever is more; <c>nearly</c>: up to one unit
/// or 10% below, not above; <c>more than</c>/<c>at least</c>: up to unbounded above; <c>less than</c>/<c>at most</c>: down to zero.</item>
/// <item>A duration placed in time is counted back from the article's date, give or take 3 days (7 when that date is estimated),
/// since articles report events of the days before.</item>
/// <item>Numbers: exact is exact; <c>about</c> 10% either side; <c>nearly</c> 10% below; ranges as given.</item>
/// </list>
/// </summary>
internal static class ClaimTolerance
{
    public static ClaimReading? Read(Claim claim, bool placeInTime, DateOnly? reference, bool referenceEstimated)
    {
        switch (claim.Value.Value)
        {
            case DateValue { Start: { } start, End: { } end }:
                if (end.Year >= 9000)
                {
                    end = OpenStartEnd(start, claim.Text); // "since November 2018": the event is the start
                }

                return placeInTime ? new ClaimReading("time", start.DayNumber, Math.Max(start.DayNumber, end.DayNumber - 1), start.DayNumber, false) : null;
            case DurationValue duration:
                (double low, double high) = DurationDays(duration);
                if (!placeInTime)
                {
                    return new ClaimReading("duration", low, high, duration.Amount * DurationValue.DaysPer(duration.Unit), true);
                }

                if (reference is not { } day)
                {
                    return null;
                }

                double slack = referenceEstimated ? 7 : 3;
                double at = day.DayNumber;
                return new ClaimReading("time", at - high - slack, at - low + slack, at - (duration.Amount * DurationValue.DaysPer(duration.Unit)), true);
            case NumberValue number when !placeInTime:
                (double nLow, double nHigh) = NumberBounds(number);
                return new ClaimReading("number:" + (number.Unit ?? ""), nLow, nHigh, number.Value, false);
            default:
                return null;
        }
    }

    /// <summary>
    /// The end of the start of an open range (<c>since 2021</c>, <c>since November 2018</c>, <c>since 3 May</c>):
    /// a day when the words give a day number, a month when they name one, else the year.
    /// </summary>
    private static DateOnly OpenStartEnd(DateOnly start, string text)
    {
        string[] words = TextFolding.Words(text);
        bool hasDay = words.Any(static w => w.Length <= 2 && w.All(char.IsAsciiDigit) && int.Parse(w, CultureInfo.InvariantCulture) is >= 1 and <= 31);
        bool hasMonth = words.Any(static w => CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Any(m => m.Length > 0 && string.Equals(m, w, StringComparison.OrdinalIgnoreCase))
            || CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames.Any(m => m.Length > 0 && string.Equals(m, w, StringComparison.OrdinalIgnoreCase)));
        return hasDay ? start.AddDays(1) : hasMonth ? new DateOnly(start.Year, start.Month, 1).AddMonths(1) : new DateOnly(start.Year + 1, 1, 1);
    }

    private static (double Low, double High) DurationDays(DurationValue duration)
    {
        double amount = duration.Amount;
        DurationUnit unit = duration.Unit;
        if (unit == DurationUnit.Decade)
        {
            amount *= 10;
            unit = DurationUnit.Year;
        }

        double per = DurationValue.DaysPer(unit);
        bool roundYears = unit == DurationUnit.Year && amount >= 5 && amount % 5 == 0;
        double exactSpread = roundYears ? 1 : 0.5;
        (double low, double high) = duration.Qualifier switch
        {
            Qualifier.Approximately => (amount - Math.Max(1, amount * 0.05), amount + Math.Max(1, amount * 0.05)),
            Qualifier.Nearly => (amount - Math.Max(1, amount * 0.10), amount),
            Qualifier.MoreThan or Qualifier.AtLeast => (amount, double.PositiveInfinity),
            Qualifier.LessThan or Qualifier.AtMost => (0, amount),
            Qualifier.Range => (duration.Interval.Min, duration.Interval.Max),
            _ => (amount - exactSpread, amount + exactSpread),
        };

        // "more than 20 years" placed in time must stay finite; a century back is far enough.
        if (double.IsPositiveInfinity(high))
        {
            high = Math.Max(amount * 2, amount + 100 / per * 365.25);
        }

        return (Math.Max(0, low) * per, high * per);
    }

    private static (double Low, double High) NumberBounds(NumberValue number)
    {
        double v = number.Value;
        return number.Qualifier switch
        {
            Qualifier.Approximately => (v * 0.9, v * 1.1),
            Qualifier.Nearly => (v * 0.9, v),
            Qualifier.MoreThan or Qualifier.AtLeast => (v, double.PositiveInfinity),
            Qualifier.LessThan or Qualifier.AtMost => (0, v),
            Qualifier.Range => (number.Interval.Min, number.Interval.Max),
            _ => (v, v),
        };
    }
}
