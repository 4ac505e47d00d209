using System.Globalization;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// Weeks and days named by another date: <c>week 31</c>, <c>the week of October 6</c>, <c>the week starting
/// February 4</c>, <c>the weekend of Halloween</c>, <c>Labor Day weekend</c>, <c>3 Fridays from now</c>,
/// <c>Friday after next</c>, and a day of the month on its own (<c>on the 22nd</c>).
/// </summary>
internal sealed partial class ValueScanner
{
    /// <summary>
    /// "week 31", "week 31 of 2026", "the week of October 6" (its Monday to Sunday), "the week starting
    /// (on) February 4" (seven days from that day), "the weekend of Halloween" (the weekend the day belongs to,
    /// as for "Labor Day weekend").
    /// </summary>
    private bool TryWeekOf(int i, out DatePoint p)
    {
        p = default;
        int k = Is(i, "the") ? i + 1 : i;
        if (!IsAny(k, "week", "weekend"))
        {
            return false;
        }

        bool weekend = Is(k, "weekend");
        if (!weekend && IsDigits(k + 1) && Length(k + 1) <= 2 && Number(k + 1) is >= 1 and <= 53 && !(IsWord(k + 2) && Adjacent(k + 2)) && !IsSym(k + 2, ':'))
        {
            return TryWeekNumber(i, k, out p);
        }

        int at = k + 1;
        bool starting = false;
        if (!weekend && (IsAny(at, "starting", "beginning") || Is(at, "commencing")))
        {
            (starting, at) = (true, Is(at + 1, "on") ? at + 2 : at + 1);
        }
        else if (Is(at, "of"))
        {
            at++;
        }
        else
        {
            return false;
        }

        if (!TryDatePoint(at, true, out DatePoint day) || day.Value.Granularity != DateGranularity.Day)
        {
            return false;
        }

        if (day.Value.Start is not { } d)
        {
            p = new DatePoint { Value = Unresolved(i, day.End, DateGranularity.Week), End = day.End };
            return true;
        }

        DateOnly first = starting ? d : WeekStart(d);
        p = new DatePoint { Value = weekend ? HolidayWeekend(d) : Span(first, first.AddDays(7), DateGranularity.Week), End = day.End };
        return true;
    }

    /// <summary>"week 31", "the week 31", "week 10 of 2027", "week 5, 2026": an ISO week, of the reference year when none is written.</summary>
    private bool TryWeekNumber(int i, int k, out DatePoint p)
    {
        p = default;
        int week = (int)Number(k + 1);
        int end = k + 2;
        int year = 0;
        int y = IsSym(end, ',') || IsAny(end, "of", "in") ? end + 1 : -1;
        if (y > 0 && TryYearDigits(y, false, out int written))
        {
            (year, end) = (written, y + 1);
        }
        else if (!(k > i || IsDateContext(k) || i == 0) || Is(end, "of"))
        {
            return false; // "a week 3 plan", "week 3 of the season": only "the week 31", "in week 31" or a week heading a line
        }

        if (year == 0 && !HasReference)
        {
            p = new DatePoint { Value = Unresolved(i, end, DateGranularity.Week), End = end, Relative = true };
            return true;
        }

        bool relative = year == 0;
        year = relative ? Reference.Year : year;
        if (week > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        p = new DatePoint { Value = Span(monday, monday.AddDays(7), DateGranularity.Week), End = end, Year = relative ? 0 : year, Relative = relative };
        return true;
    }

    /// <summary>"Labor Day weekend", "the weekend of Halloween": the weekend a day falls in or next to, with the day (a Monday: Saturday to Monday).</summary>
    private static DateValue HolidayWeekend(DateOnly day)
    {
        DateOnly start = IsoDay(day) switch
        {
            1 => day.AddDays(-2),  // a Monday holiday: Saturday to Monday
            5 => day,              // a Friday holiday: Friday to Sunday
            7 => day.AddDays(-1),
            _ => WeekStart(day).AddDays(5),
        };
        DateOnly end = IsoDay(day) == 1 ? day.AddDays(1) : start.AddDays(IsoDay(day) == 5 ? 3 : 2);
        return new DateValue(start, end, DateGranularity.Week);
    }

    /// <summary>"3 Fridays from now", "two Sundays ago", "2 Thursdays back": the Nth such weekday counted from the reference.</summary>
    private int TryCountedWeekdays(int i)
    {
        if (!TryNumber(i, money: false, out ParsedNumber n) || !n.IsInteger || n.Value is < 1 or > 520 || !IsWord(n.End))
        {
            return -1;
        }

        int w = n.End;
        ReadOnlySpan<char> word = Span(w);
        if (word.Length < 7 || word[^1] is not ('s' or 'S') || !_lex.Weekdays.TryGetValue(word[..^1], out int weekday))
        {
            return -1;
        }

        int direction = Is(w + 1, "from") && Is(w + 2, "now") ? 1 : IsAny(w + 1, "ago", "back") ? -1 : 0;
        int end = direction > 0 ? w + 3 : w + 2;
        if (direction == 0)
        {
            return -1;
        }

        int count = (int)n.Value;
        DateValue value;
        if (!HasReference)
        {
            value = Unresolved(i, end, DateGranularity.Day);
        }
        else
        {
            DateOnly r = Reference;
            int first = direction > 0 ? (weekday - IsoDay(r) + 7) % 7 : -((IsoDay(r) - weekday + 7) % 7);
            if (first == 0)
            {
                first = 7 * direction;
            }

            value = DateValue.OfDay(r.AddDays(first + (direction * 7 * (count - 1))));
        }

        Emit(i, end, ValueKind.Date, value);
        return end;
    }

    /// <summary>
    /// "on the 22nd", "for the 27th", "by the twenty second": a day of the month without the month, in the
    /// month the tense points to (this one, the last or the next). It needs a preposition before "the", and
    /// a word after it ("on the 22nd floor", "for the first time") makes it an ordinal.
    /// </summary>
    private bool TryBareDay(int i, out DatePoint p)
    {
        p = default;
        if (!Is(i, "the") || !TryDayOfMonth(i, out int day, out int end) || IsWord(end)
            || (In(end) && Adjacent(end) && _tokens[end].Kind == ValueTokenKind.Symbol && !(IsSym(end, '.') || IsSym(end, ',') || IsSym(end, ';')))
            || ((IsSym(end, ',') || IsSym(end, '.')) && IsDigits(end + 1) && Adjacent(end + 1)))
        {
            return false; // "the 10,000 people", "the 9/11 attacks", "the 2.5 percent"
        }

        if (!(IsAny(i - 1, "on", "for") || IsAny(i - 1, "by", "until") || IsAny(i - 1, "since", "till") || IsAny(i - 1, "before", "after")))
        {
            return false; // "on the 22nd", "by the first"; not "set it up the 21st" or "he was the first"
        }

        if (!HasReference)
        {
            p = new DatePoint { Value = DateValue.Unresolved(DateGranularity.Day, string.Create(CultureInfo.InvariantCulture, $"XXXX-XX-{day:00}")), End = end, Day = day, Relative = true };
            return true;
        }

        DateOnly r = Reference;
        int tense = TenseAt(i);
        DateOnly? best = null;
        long bestScore = long.MaxValue;
        for (int shift = -1; shift <= 1; shift++)
        {
            DateOnly month = new DateOnly(r.Year, r.Month, 1).AddMonths(shift);
            if (!ValidDay(month.Year, month.Month, day))
            {
                continue;
            }

            var candidate = new DateOnly(month.Year, month.Month, day);
            long distance = candidate.DayNumber - r.DayNumber;
            long score = tense switch
            {
                < 0 => distance <= 0 ? -distance : long.MaxValue / 2,
                > 0 => distance >= 0 ? distance : long.MaxValue / 2,
                _ => distance < 0 ? (-distance * 2) + 1 : distance * 2,
            };
            if (score < bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        if (best is not { } chosen)
        {
            return false;
        }

        p = new DatePoint { Value = DateValue.OfDay(chosen), End = end, Day = day, Relative = true };
        return true;
    }

    /// <summary>
    /// "the rest of the week", "rest of this month", "the remainder of the year": from the reference date to the end of
    /// that period. The corpus form ends it on the period's last day (<see cref="DateValue.LastPartStart"/>).
    /// </summary>
    private bool TryRestOf(int i, out DatePoint p)
    {
        p = default;
        int k = Is(i, "the") ? i + 1 : i;
        if (!IsAny(k, "rest", "remainder"))
        {
            return false;
        }

        int m = Is(k + 1, "of") ? k + 2 : k + 1;
        if (!TryRelative(m, out DatePoint period) || period.Value.Granularity is not (DateGranularity.Week or DateGranularity.Month or DateGranularity.Quarter or DateGranularity.Year))
        {
            return false;
        }

        if (period.Value.Start is not { } s || period.Value.End is not { } e)
        {
            p = new DatePoint { Value = Unresolved(i, period.End, DateGranularity.Range), End = period.End, Relative = true };
            return true;
        }

        DateOnly from = Reference > s && Reference < e ? Reference : s;
        p = new DatePoint { Value = Span(from, e, DateGranularity.Range) with { LastPartStart = e.AddDays(-1) }, End = period.End, Relative = true };
        return true;
    }
}
