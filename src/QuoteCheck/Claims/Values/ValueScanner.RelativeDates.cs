using System.Globalization;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// Relative dates: <c>yesterday</c>, <c>last month</c>, <c>this coming Thursday</c>, <c>on Sunday</c> (by the
/// tense of the sentence), ordinal weeks and quarters, quarter codes, decades in words and holidays.
/// </summary>
internal sealed partial class ValueScanner
{
    private bool TryRelative(int i, out DatePoint p)
    {
        p = default;
        int j = i;
        if (Is(j, "the") && Is(j + 1, "day") && IsAny(j + 2, "after", "before") && IsAny(j + 3, "tomorrow", "yesterday"))
        {
            int offset = (Is(j + 2, "after") ? 1 : -1) + (Is(j + 3, "tomorrow") ? 1 : -1);
            return RelativeDay(i, j + 4, offset, out p);
        }

        if (Is(j, "the") && IsAny(j + 1, "next", "following") && Is(j + 2, "day"))
        {
            return RelativeDay(i, j + 3, 1, out p);
        }

        if (IsAny(j, "weekend", "that") && (Is(j, "weekend") || Is(j + 1, "weekend")) && IsDateContext(i))
        {
            return RelativePeriod(i, Is(j, "weekend") ? j + 1 : j + 2, Is(j, "weekend") ? j : j + 1, 0, out p);
        }

        int k0 = Is(j, "the") ? j + 1 : j;
        if ((IsAny(k0, "eoy", "boy") || IsAny(k0, "eom", "bom")) && (IsCapitalized(k0) || k0 > j) && _tokens[k0].Length == 3 && char.IsUpper(_text[_tokens[k0].End - 1]))
        {
            // EOY, BOY, EOM, BOM: the end or beginning of this year or month
            if (HasReference)
            {
                DateValue whole = Unit(k0, 'Y') ? DateValue.OfYear(Reference.Year) : DateValue.OfMonth(Reference.Year, Reference.Month);
                p = new DatePoint { Value = whole, End = k0 + 1, Relative = true };
                ApplyPart(ref p, char.ToUpperInvariant(_text[_tokens[k0].Start]) == 'E' ? 3 : 1, i);
                p.Relative = true;
            }
            else
            {
                p = new DatePoint { Value = Unresolved(i, k0 + 1, DateGranularity.Range), End = k0 + 1, Relative = true };
            }

            return true;
        }

        if (IsAny(j, "today", "tomorrow") || IsAny(j, "yesterday", "tonight") || Is(j, "tmrw"))
        {
            int offset = IsAny(j, "tomorrow", "tmrw") ? 1 : Is(j, "yesterday") ? -1 : 0;
            return RelativeDay(i, j + 1, offset, out p);
        }

        // this / next / last / past / previous / coming / following / upcoming / this coming / this past / the
        int shift;
        int k = j;
        bool nearest = false;
        if (Is(k, "this") && IsAny(k + 1, "coming", "upcoming"))
        {
            (shift, nearest, k) = (1, true, k + 2);
        }
        else if (Is(k, "this") && Is(k + 1, "past"))
        {
            (shift, nearest, k) = (-1, true, k + 2);
        }
        else if (Is(k, "the") && Is(k + 1, "current"))
        {
            (shift, k) = (0, k + 2); // "the 20th of the current month"
        }
        else if (IsAny(k, "this", "current") || (Is(k, "the") && !IsAny(k + 1, "next", "last") && !IsAny(k + 1, "following", "previous")))
        {
            (shift, k) = (0, k + 1);
        }
        else if (Is(k, "the") && IsAny(k + 1, "next", "last") || Is(k, "the") && IsAny(k + 1, "following", "previous"))
        {
            (shift, k) = (IsAny(k + 1, "next", "following") ? 1 : -1, k + 2);
        }
        else if (IsAny(k, "next", "following"))
        {
            (shift, k) = (1, k + 1);
        }
        else if (IsAny(k, "last", "previous"))
        {
            (shift, k) = (-1, k + 1);
        }
        else if (IsAny(k, "coming", "upcoming"))
        {
            (shift, nearest, k) = (1, true, k + 1);
        }
        else if (Is(k, "past"))
        {
            (shift, nearest, k) = (-1, true, k + 1);
        }
        else
        {
            return false;
        }

        bool article = Is(i, "the");
        if (Is(k, "calendar") && Is(k + 1, "year"))
        {
            k++; // "this calendar year"
        }

        if (!IsWord(k))
        {
            return false;
        }

        if (IsAny(k, "week", "month") || IsAny(k, "year", "quarter") || Is(k, "weekend") || IsAny(k, "qtr", "yr") || (Is(k, "decade") && !Is(k + 1, "of") && (!article || (Is(i - 1, "of") && (IsAny(i - 2, "end", "beginning") || IsAny(i - 2, "start", "middle"))))))
        {
            if (article && shift == 0 && (Is(k, "quarter") || IsDigits(k + 1) || Is(k + 1, "of") || IsWord(k + 1) && Find(_lex.Ordinals, ValueWordFlags.Ordinal, k + 1, out _)))
            {
                return false; // "the year 2008", "the week of March 3"
            }

            // "this week Monday", "next week on Friday", "last week Sun"
            int wd = Is(k, "week") && Is(k + 1, "on") ? k + 2 : k + 1;
            if (Is(k, "week") && !article && IsWord(wd) && Find(_lex.Weekdays, ValueWordFlags.Weekday, wd, out int dayOfWeek) && (IsCapitalized(wd) || Span(wd).Length > 3))
            {
                return RelativeWeekday(i, wd + 1, dayOfWeek, shift, false, out p);
            }

            // "the week after next", "the weekend after the next"
            int end = k + 1;
            if (IsAny(k, "week", "weekend") && article && shift == 0 && Is(k + 1, "after") && AfterNext(k + 1) is > 0 and var afterNext)
            {
                (shift, end) = (2, afterNext);
            }
            else if (article && shift == 0 && Is(k + 1, "before") && Is(k + 2, "last"))
            {
                (shift, end) = (-2, k + 3); // "the month before last", "the year before last"
            }
            else if (article && shift == 0 && !Is(k, "week") && AfterNext(k + 1) is > 0 and var unitAfterNext)
            {
                (shift, end) = (2, unitAfterNext); // "the month after next"
            }

            if (nearest && !Is(i, "this"))
            {
                shift = shift > 0 ? 1 : -1;
            }

            return RelativePeriod(i, end, k, shift, out p);
        }

        if (IsWord(k) && Find(_lex.Weekdays, ValueWordFlags.Weekday, k, out int weekday) && (IsCapitalized(k) || Span(k).Length > 3))
        {
            // "this Friday, July 10, 2020": the date decides
            int d = IsSym(k + 1, ',') ? k + 2 : k + 1;
            if (shift == 0 && !nearest && (IsDigits(d) || IsMonthWord(d, out _)) && TryDatePoint(d, true, out DatePoint dated) && dated.Value.Granularity == DateGranularity.Day)
            {
                p = dated;
                return true;
            }

            if (shift == 0 && !nearest && AfterNext(k + 1) is > 0 and var afterNext)
            {
                RelativeWeekday(i, afterNext, weekday, 1, true, out p); // "the Friday after next": the Friday after the coming one
                p.Value = p.Value.Start is { } coming ? DateValue.OfDay(coming.AddDays(7)) : p.Value;
                return true;
            }

            return RelativeWeekday(i, k + 1, weekday, shift, nearest, out p);
        }

        if (SeasonCode(k) is { } season && !article)
        {
            string expression = HasReference ? (Reference.Year + shift).ToString(CultureInfo.InvariantCulture) + "-" + season : _text[_tokens[i].Start.._tokens[k].End].ToLowerInvariant();
            p = new DatePoint { Value = DateValue.Unresolved(DateGranularity.Quarter, expression), End = k + 1, Relative = true };
            return true;
        }

        if (!article && IsWord(k) && Find(_lex.Months, ValueWordFlags.Month, k, out int month) && Span(k).Length >= 3 && (IsCapitalized(k) || month is not (3 or 5)))
        {
            // "this September", "last sept", "next june"
            if (!HasReference)
            {
                p = new DatePoint { Value = Unresolved(i, k + 1, DateGranularity.Month), End = k + 1, Month = month, Relative = true };
                return true;
            }

            int year = Reference.Year + shift;
            p = new DatePoint { Value = DateValue.OfMonth(year, month), End = k + 1, Month = month, Relative = true };
            return true;
        }

        return false;
    }

    /// <summary>The day number that stands for "the last day" of a month until the month is known (one more for each day before it).</summary>
    private const int LastDay = 99;

    /// <summary>Where "after next" / "after the next" at <paramref name="k"/> ends, or -1.</summary>
    private int AfterNext(int k) => !Is(k, "after") ? -1 : Is(k + 1, "next") ? k + 2 : Is(k + 1, "the") && Is(k + 2, "next") ? k + 3 : -1;

    /// <summary>"the first week of 2015", "the third quarter of 2016", "the first Friday of July", "last week of Dec 2016".</summary>
    /// <summary>"the 15th day of next month", "the thirty-first day of the month": a day of a month.</summary>
    private bool TryDayOfMonthOf(int i, int k, out DatePoint p)
    {
        p = default;
        int day;
        int after;
        if (IsDigits(k) && Length(k) <= 2 && Adjacent(k + 1) && (IsAny(k + 1, "st", "nd") || IsAny(k + 1, "rd", "th")))
        {
            (day, after) = ((int)Number(k), k + 2);
        }
        else if (Find(_lex.NumberWords, ValueWordFlags.NumberWord, k, out int tens) && tens is 20 or 30 && IsDash(k + 1) && Find(_lex.Ordinals, ValueWordFlags.Ordinal, k + 2, out int unit) && unit < 10)
        {
            (day, after) = (tens + unit, k + 3);
        }
        else if (Find(_lex.Ordinals, ValueWordFlags.Ordinal, k, out int ordinal))
        {
            (day, after) = (ordinal, k + 1);
        }
        else if (IsDigits(k) && Length(k) <= 2 && Is(k + 1, "of"))
        {
            (day, after) = ((int)Number(k), k + 1); // "20 of next month"
        }
        else if (Is(k, "last") && Is(k + 1, "day"))
        {
            (day, after) = (LastDay, k + 1); // "the last day of October 2015"
        }
        else if (Find(_lex.Ordinals, ValueWordFlags.Ordinal, k, out int fromEnd) && fromEnd is > 1 and < 29 && Is(k + 1, "last") && Is(k + 2, "day"))
        {
            (day, after) = (LastDay + fromEnd - 1, k + 2); // "the fifth last day of May"
        }
        else
        {
            return false;
        }

        // "the 15th day of next month"; without "day" only before a month named relatively ("20th of the
        // current month", "the 3rd of last month"), since "the 1st of May" is read by the calendar grammar.
        int of = Is(after, "day") ? after + 1 : after;
        int monthAt = of + 1;
        bool relativeMonth = (IsAny(monthAt, "next", "last") || IsAny(monthAt, "this", "current") || Is(monthAt, "previous")
            || (Is(monthAt, "the") && (IsAny(monthAt + 1, "next", "last") || IsAny(monthAt + 1, "current", "previous") || Is(monthAt + 1, "following") || Is(monthAt + 1, "month"))))
            && (Is(monthAt + 1, "month") || Is(monthAt + 2, "month"));
        if ((day is < 1 or > 31 && day < LastDay) || !Is(of, "of") || (of == after && !relativeMonth) || !TryDatePoint(monthAt, true, out DatePoint month))
        {
            return false;
        }

        if (of > after && month.Value.Granularity is DateGranularity.Year or DateGranularity.Week && month.Value.Start is { } ys && month.Value.End is { } ye)
        {
            // "the first day of the year", "the last day of 2031", "the 1st day of next week"
            DateOnly d = day >= LastDay ? ye.AddDays(-1 - (day - LastDay)) : ys.AddDays(day - 1);
            if (d < ys || d >= ye)
            {
                return false;
            }

            p = new DatePoint { Value = DateValue.OfDay(d), End = month.End, Day = d.Day, Month = d.Month, Year = month.Year };
            return true;
        }

        if (month.Value.Granularity != DateGranularity.Month)
        {
            return false;
        }

        if (month.Value.Start is not { } ms)
        {
            p = new DatePoint { Value = Unresolved(i, month.End, DateGranularity.Day), End = month.End };
            return true;
        }

        day = day >= LastDay ? DateTime.DaysInMonth(ms.Year, ms.Month) - (day - LastDay) : day;
        if (!ValidDay(ms.Year, ms.Month, day))
        {
            return false;
        }

        p = new DatePoint { Value = DateValue.OfDay(new DateOnly(ms.Year, ms.Month, day)), End = month.End, Day = day, Month = month.Month, Year = month.Year };
        return true;
    }

    private bool TryOrdinalOf(int i, out DatePoint p)
    {
        p = default;
        int k = Is(i, "the") ? i + 1 : i;
        if (TryDayOfMonthOf(i, k, out p))
        {
            return true;
        }

        int n;
        if (Is(k, "last"))
        {
            n = -1;
        }
        else if (IsWord(k) && Find(_lex.Ordinals, ValueWordFlags.Ordinal, k, out n))
        {
        }
        else if (IsDigits(k) && (Length(k) == 1 || (Length(k) == 2 && Is(k + 2, "week"))) && IsWord(k + 1) && Adjacent(k + 1) && (IsAny(k + 1, "st", "nd") || IsAny(k + 1, "rd", "th")))
        {
            n = (int)Number(k);
            k++;
        }
        else
        {
            return false;
        }

        int unit = k + 1;
        int weekday = 0;
        if (!(IsAny(unit, "week", "quarter") || IsAny(unit, "qtr", "half") || IsWord(unit) && Find(_lex.Weekdays, ValueWordFlags.Weekday, unit, out weekday) && Span(unit).Length > 3))
        {
            return false;
        }

        bool isQuarter = IsAny(unit, "quarter", "qtr");
        DatePoint whole;
        if (IsAny(unit + 1, "of", "in") && TryDatePoint(unit + 2, true, out whole))
        {
        }
        else if ((isQuarter || Is(unit, "half")) && TryYearDigits(unit + 1, false, out int quarterYear))
        {
            whole = new DatePoint { Value = DateValue.OfYear(quarterYear), End = unit + 2, Year = quarterYear }; // "4th quarter 2018"
        }
        else if (isQuarter && HasReference && n > 0 && !IsAny(unit + 1, "of", "in"))
        {
            whole = new DatePoint { Value = DateValue.OfYear(Reference.Year), End = unit + 1 }; // "the third quarter": this year's
        }
        else if (weekday > 0 && HasReference && n is > 0 and < 5 && !IsWord(unit + 1))
        {
            whole = new DatePoint { Value = DateValue.OfMonth(Reference.Year, Reference.Month), End = unit + 1 }; // "third Tuesday." (nothing after it): of this month
        }
        else
        {
            return false;
        }

        if (whole.Value.Start is not { } s || whole.Value.End is not { } e)
        {
            return false;
        }

        if (Is(unit, "half"))
        {
            if (n is not (1 or 2) || whole.Value.Granularity != DateGranularity.Year)
            {
                return false;
            }

            p = new DatePoint { Value = Span(s.AddMonths(6 * (n - 1)), s.AddMonths(6 * n), DateGranularity.Range), End = whole.End };
            return true;
        }

        DateValue value;
        if (isQuarter)
        {
            if (whole.Value.Granularity != DateGranularity.Year || n is 0 or > 4)
            {
                return false;
            }

            value = Quarter(s.Year, n < 0 ? 4 : n);
        }
        else if (Is(unit, "week"))
        {
            DateOnly monday;
            if (whole.Value.Granularity == DateGranularity.Year)
            {
                int week = n < 0 ? ISOWeek.GetWeeksInYear(s.Year) : n;
                if (week > ISOWeek.GetWeeksInYear(s.Year))
                {
                    return false;
                }

                monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(s.Year, week, DayOfWeek.Monday));
            }
            else if (whole.Value.Granularity == DateGranularity.Month)
            {
                monday = n < 0 ? WeekStart(e.AddDays(-1)) : WeekStart(s).AddDays(7 * (n - 1));
            }
            else
            {
                return false;
            }

            value = Span(monday, monday.AddDays(7), DateGranularity.Week);
        }
        else
        {
            if (whole.Value.Granularity != DateGranularity.Month)
            {
                return false;
            }

            DateOnly day;
            if (n < 0)
            {
                day = e.AddDays(-1);
                day = day.AddDays(-((IsoDay(day) - weekday + 7) % 7));
            }
            else
            {
                day = s.AddDays((weekday - IsoDay(s) + 7) % 7).AddDays(7 * (n - 1));
                if (day >= e)
                {
                    return false;
                }
            }

            value = DateValue.OfDay(day);
        }

        p = new DatePoint { Value = value, End = whole.End };
        return true;
    }

    private bool TryHoliday(int i, out DatePoint p)
    {
        p = default;
        int k = i;
        int shift = 0;
        bool relative = false;
        if (IsAny(k, "this", "next") || Is(k, "last"))
        {
            (shift, relative, k) = (Is(k, "next") ? 1 : Is(k, "last") ? -1 : 0, true, k + 1);
        }

        if (!IsWord(k) || !Find(_lex.Holidays, ValueWordFlags.HolidayStart, k, out Phrase<string>[]? phrases))
        {
            return false;
        }

        foreach (Phrase<string> phrase in phrases)
        {
            int end = Matches(k, phrase.Words);
            if (end < 0)
            {
                continue;
            }

            if (TryYearDigits(end, false, out int year))
            {
                p = new DatePoint { Value = HolidayValue(phrase.Value, year), End = end + 1, Year = year };
                HolidayWeekend(ref p);
                return true;
            }

            if (TrySpokenYear(end, out int spokenYear, out int spokenEnd, out _))
            {
                p = new DatePoint { Value = HolidayValue(phrase.Value, spokenYear), End = spokenEnd, Year = spokenYear }; // "Easter two thousand and ten"
                return true;
            }

            if (!HasReference)
            {
                p = new DatePoint { Value = Unresolved(i, end, DateGranularity.Day), End = end, Relative = true };
                return true;
            }

            // "Thanksgiving of next year", "MLK Day of last year": the holiday in that year
            if (!relative && Is(end, "of") && IsAny(end + 1, "next", "last") && Is(end + 2, "year") || Is(end, "of") && IsAny(end + 1, "this", "the") && Is(end + 2, "year"))
            {
                int inYear = Reference.Year + (Is(end + 1, "next") ? 1 : Is(end + 1, "last") ? -1 : 0);
                p = new DatePoint { Value = HolidayValue(phrase.Value, inYear), End = end + 3, Relative = true };
                return true;
            }

            DateOnly r = Reference;
            DateOnly day;
            if (relative && shift != 0)
            {
                day = Holiday(phrase.Value, r.Year + shift);
            }
            else
            {
                int tense = relative ? 0 : TenseAt(i);
                DateOnly past = Holiday(phrase.Value, r.Year) <= r ? Holiday(phrase.Value, r.Year) : Holiday(phrase.Value, r.Year - 1);
                DateOnly future = Holiday(phrase.Value, r.Year) >= r ? Holiday(phrase.Value, r.Year) : Holiday(phrase.Value, r.Year + 1);
                day = tense > 0 || relative ? future : tense < 0 ? past : r.DayNumber - past.DayNumber < future.DayNumber - r.DayNumber ? past : future; // no tense: the nearer
            }

            p = new DatePoint { Value = HolidayValue(phrase.Value, day.Year), End = end, Relative = true };
            HolidayWeekend(ref p);
            return true;
        }

        return false;
    }

    /// <summary>"Labor Day weekend", "Easter 2031 weekend": a holiday followed by "weekend" is the weekend it belongs to.</summary>
    private void HolidayWeekend(ref DatePoint p)
    {
        if (Is(p.End, "weekend") && p.Value.Start is { } day)
        {
            p.Value = HolidayWeekend(day);
            p.End++;
        }
    }

    /// <summary>A holiday in a year: its day, or for a festival of several days (Ramadan, Passover) those days.</summary>
    private static DateValue HolidayValue(string rule, int year)
    {
        if (IsLunar(rule))
        {
            (DateOnly start, int days) = LunarHoliday(rule, year);
            return days > 1 ? new DateValue(start, start.AddDays(days), DateGranularity.Range) : DateValue.OfDay(start);
        }

        return DateValue.OfDay(Holiday(rule, year));
    }

    private static bool IsLunar(string rule) =>
        rule.StartsWith("hijri ", StringComparison.Ordinal) || rule.StartsWith("hebrew ", StringComparison.Ordinal) || rule.StartsWith("chinese ", StringComparison.Ordinal);

    /// <summary>The (first) day of a holiday rule (Definitions/holidays.txt) in a year.</summary>
    private static DateOnly Holiday(string rule, int year)
    {
        if (IsLunar(rule))
        {
            return LunarHoliday(rule, year).Start;
        }

        if (rule.StartsWith("orthodox-easter", StringComparison.Ordinal))
        {
            int offset = int.Parse(rule.AsSpan(15), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return OrthodoxEaster(year).AddDays(offset);
        }

        if (rule.StartsWith("easter", StringComparison.Ordinal))
        {
            int offset = int.Parse(rule.AsSpan(6), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return Easter(year).AddDays(offset);
        }

        string[] parts = rule.Split(' ');
        if (parts.Length == 1)
        {
            return new DateOnly(year, int.Parse(rule.AsSpan(0, 2), CultureInfo.InvariantCulture), int.Parse(rule.AsSpan(3, 2), CultureInfo.InvariantCulture));
        }

        int month = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int nth = int.Parse(parts[1], CultureInfo.InvariantCulture);
        int weekday = int.Parse(parts[2], CultureInfo.InvariantCulture);
        int after = parts.Length > 3 ? int.Parse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var first = new DateOnly(year, month, 1);
        if (nth < 0)
        {
            DateOnly last = first.AddMonths(1).AddDays(-1);
            return last.AddDays(-((IsoDay(last) - weekday + 7) % 7) + after);
        }

        return first.AddDays(((weekday - IsoDay(first) + 7) % 7) + (7 * (nth - 1)) + after); // "black friday": the day after
    }

    /// <summary>
    /// A holiday fixed in the Islamic (Umm al-Qura; the tabular calendar outside its years), Hebrew or Chinese calendar
    /// ("hijri 10 1", "hebrew 7 15 8", "hijri 9 1 month"): its first day in the Gregorian year, and how many days it
    /// lasts (a count after the day, or "month" for the whole month; one when none is given). Hebrew months count from
    /// Tishrei in a common year (Adar is 6, Nisan 7); in a leap year Adar II and the months after it move one on.
    /// Where the moon is sighted locally the day can differ by one. A year the calendar cannot reach throws
    /// <see cref="ArgumentOutOfRangeException"/>, which the scan takes as no date.
    /// </summary>
    private static (DateOnly Start, int Days) LunarHoliday(string rule, int year)
    {
        string[] parts = rule.Split(' ');
        int month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        int day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        Calendar calendar = parts[0] switch
        {
            "hijri" => year is > 1900 and < 2077 ? UmAlQura : TabularHijri,
            "hebrew" => Hebrew,
            _ => Chinese,
        };
        var newYearsDay = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        int first = calendar.GetYear(newYearsDay);
        for (int y = first; y <= first + 1; y++)
        {
            int m = month;
            if (calendar is HebrewCalendar && month >= 6 && calendar.IsLeapYear(y))
            {
                m++;
            }
            else if (calendar is ChineseLunisolarCalendar && calendar.GetLeapMonth(y) is > 0 and var leap && leap <= m)
            {
                m++;
            }

            DateTime date = calendar.ToDateTime(y, m, Math.Min(day, calendar.GetDaysInMonth(y, m)), 0, 0, 0, 0);
            if (date.Year == year)
            {
                int days = parts.Length < 4 ? 1 : parts[3] == "month" ? calendar.GetDaysInMonth(y, m) : int.Parse(parts[3], CultureInfo.InvariantCulture);
                return (DateOnly.FromDateTime(date), days);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(year), "The holiday does not fall in that year.");
    }

    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar TabularHijri = new();
    private static readonly HebrewCalendar Hebrew = new();
    private static readonly ChineseLunisolarCalendar Chinese = new();

    /// <summary>Orthodox Easter Sunday: the Julian computus (Meeus), given in the Gregorian calendar.</summary>
    private static DateOnly OrthodoxEaster(int year)
    {
        int a = year % 4, b = year % 7, c = year % 19, d = ((19 * c) + 15) % 30, e = ((2 * a) + (4 * b) - d + 34) % 7;
        int month = (d + e + 114) / 31, day = ((d + e + 114) % 31) + 1;
        int julianToGregorian = (year / 100) - (year / 400) - 2; // 13 days in 1900-2099
        return new DateOnly(year, month, day).AddDays(julianToGregorian);
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>"Q1 2019", "2019 Q1", "2019-q1", "2018Q4", "2019 H2": quarters and halves written as codes.</summary>
    private bool TryQuarterCode(int i, out DatePoint p)
    {
        p = default;
        int year = 0;
        int code = i;
        if (IsDigits(i) && Length(i) == 4)
        {
            year = (int)Number(i);
            code = IsDash(i + 1) && Adjacent(i + 1) ? i + 2 : i + 1;
        }

        if (!IsAny(code, "q", "h") || !IsDigits(code + 1) || !Adjacent(code + 1) || Length(code + 1) != 1 || (IsWord(code + 2) && Adjacent(code + 2)))
        {
            return false;
        }

        int n = (int)Number(code + 1);
        bool half = Is(code, "h");
        int end = code + 2;
        if (year == 0 && TryYearDigits(end, false, out int after))
        {
            (year, end) = (after, end + 1);
        }

        if (year == 0 || (half ? n is < 1 or > 2 : n is < 1 or > 4))
        {
            return false;
        }

        var start = new DateOnly(year, 1, 1);
        p = new DatePoint
        {
            Value = half ? Span(start.AddMonths(6 * (n - 1)), start.AddMonths(6 * n), DateGranularity.Range) : Quarter(year, n),
            End = end,
            Year = year,
        };
        return true;
    }

    /// <summary>"the nineties", "the '90s", "the 90s": a decade of the twentieth century.</summary>
    private bool TryDecadeWords(int i, out DatePoint p)
    {
        p = default;
        if (!Is(i, "the"))
        {
            return false;
        }

        int k = i + 1;
        int decade = -1;
        int end = k + 1;
        if ((IsSym(k, '\'') || IsSym(k, '’')) && IsDigits(k + 1))
        {
            k++;
        }

        if (IsDigits(k) && Length(k) == 2 && Number(k) % 10 == 0 && Is(k + 1, "s") && Adjacent(k + 1))
        {
            (decade, end) = ((int)Number(k), k + 2);
        }
        else if (IsWord(k))
        {
            int century = 19;
            if (IsAny(k, "eighteen", "nineteen") || Is(k, "twenty"))
            {
                // "the nineteen seventies", "the eighteen nineties"
                century = Is(k, "eighteen") ? 18 : Is(k, "nineteen") ? 19 : 20;
                k++;
                end = k + 1;
                if (!IsWord(k))
                {
                    return false;
                }
            }

            ReadOnlySpan<char> w = Span(k);
            string[] names = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
            for (int n = 0; n < names.Length; n++)
            {
                if (w.Equals(names[n], StringComparison.OrdinalIgnoreCase))
                {
                    decade = (n + 2) * 10;
                }
            }

            if (w.Equals("noughties", StringComparison.OrdinalIgnoreCase) && century == 19)
            {
                decade = 100;
            }

            decade = decade < 0 ? decade : decade + ((century - 19) * 100);
        }

        if (decade < 0)
        {
            return false;
        }

        int year = 1900 + decade;
        p = new DatePoint { Value = new DateValue(new DateOnly(year, 1, 1), new DateOnly(year + 10, 1, 1), DateGranularity.Decade), End = end };
        return true;
    }

    private bool Unit(int k, char last) => char.ToUpperInvariant(_text[_tokens[k].End - 1]) == last;

    private bool RelativeDay(int start, int end, int offset, out DatePoint p)
    {
        p = new DatePoint
        {
            Value = HasReference ? DateValue.OfDay(Reference.AddDays(offset)) : Unresolved(start, end, DateGranularity.Day),
            End = end,
            Relative = true,
        };
        return true;
    }

    private bool RelativePeriod(int start, int end, int unit, int shift, out DatePoint p)
    {
        DateGranularity granularity = Is(unit, "week") || Is(unit, "weekend") ? DateGranularity.Week : Is(unit, "month") ? DateGranularity.Month
            : IsAny(unit, "quarter", "qtr") ? DateGranularity.Quarter : Is(unit, "decade") ? DateGranularity.Decade : DateGranularity.Year;
        if (!HasReference)
        {
            p = new DatePoint { Value = Unresolved(start, end, granularity), End = end, Relative = true };
            return true;
        }

        DateOnly r = Reference;
        DateValue value;
        if (Is(unit, "week"))
        {
            DateOnly monday = WeekStart(r).AddDays(7 * shift);
            value = Span(monday, monday.AddDays(7), DateGranularity.Week);
        }
        else if (Is(unit, "weekend"))
        {
            DateOnly saturday = WeekStart(r).AddDays((7 * shift) + 5);
            value = Span(saturday, saturday.AddDays(2), DateGranularity.Week);
        }
        else if (Is(unit, "month"))
        {
            DateOnly m = new DateOnly(r.Year, r.Month, 1).AddMonths(shift);
            value = DateValue.OfMonth(m.Year, m.Month);
        }
        else if (IsAny(unit, "quarter", "qtr"))
        {
            int q = ((r.Month - 1) / 3) + shift;
            int year = r.Year + (int)Math.Floor(q / 4.0);
            value = Quarter(year, (((q % 4) + 4) % 4) + 1);
        }
        else if (Is(unit, "decade"))
        {
            int decade = (r.Year / 10 * 10) + (10 * shift); // "this decade", "the end of the decade": the calendar decade
            value = new DateValue(new DateOnly(decade, 1, 1), new DateOnly(decade + 10, 1, 1), DateGranularity.Decade);
        }
        else
        {
            value = DateValue.OfYear(r.Year + shift);
        }

        p = new DatePoint { Value = value, End = end, Relative = true };
        return true;
    }

    private bool RelativeWeekday(int start, int end, int weekday, int shift, bool nearest, out DatePoint p)
    {
        // "Friday next week", "Monday of the following week" are read by TryWeekday.
        if (!HasReference)
        {
            p = new DatePoint { Value = Unresolved(start, end, DateGranularity.Day), End = end, Relative = true };
            return true;
        }

        DateOnly r = Reference;
        DateOnly day;
        if (nearest)
        {
            int delta = shift > 0 ? ((weekday - IsoDay(r) + 7) % 7) : -((IsoDay(r) - weekday + 7) % 7);
            if (delta == 0)
            {
                delta = 7 * shift;
            }

            day = r.AddDays(delta);
        }
        else
        {
            day = WeekStart(r).AddDays((7 * shift) + weekday - 1);
        }

        p = new DatePoint { Value = DateValue.OfDay(day), End = end, Relative = true };
        return true;
    }

    private bool TryWeekday(int i, out DatePoint p)
    {
        p = default;
        if (!Find(_lex.Weekdays, ValueWordFlags.Weekday, i, out int weekday))
        {
            return false;
        }

        ReadOnlySpan<char> w = Span(i);
        if (w.Length <= 3 && !IsCapitalized(i))
        {
            return false; // "sun", "sat", "wed" in lower case are words
        }

        if (w.Length <= 3 && IsCapitalized(i) && (Is(i, "sun") || Is(i, "sat")) && !(IsDigits(i + 1) || IsSym(i + 1, ',')))
        {
            return false;
        }

        if (AfterNext(i + 1) is > 0 and var afterNext && HasReference)
        {
            // "Friday after next": the Friday after the coming one
            RelativeWeekday(i, afterNext, weekday, 1, true, out p);
            p.Value = DateValue.OfDay(p.Value.Start!.Value.AddDays(7));
            return true;
        }

        int k = i + 1;
        if (IsSym(k, '.') && Adjacent(k) && w.Length <= 4)
        {
            k++;
        }

        if (IsSym(k, ','))
        {
            k++;
        }

        // "Friday, July 10, 2020", "Tue May 9", "Friday 7/6": the date decides, the weekday only confirms.
        if (In(k) && (IsWord(k) && Find(_lex.Months, ValueWordFlags.Month, k, out _) || IsDigits(k)) && TryDatePoint(k, true, out DatePoint dated)
            && dated.Value.Granularity == DateGranularity.Day)
        {
            p = dated;
            return true;
        }

        // "Saturday the 23rd", "Monday 21": the nearest such day that falls on that weekday.
        int d = Is(k, "the") ? k + 1 : k;
        if (IsDigits(d) && Length(d) <= 2 && Number(d) is >= 1 and <= 31 && !IsSym(d + 1, ':') && HasReference)
        {
            int day = (int)Number(d);
            int end = IsWord(d + 1) && Adjacent(d + 1) && (IsAny(d + 1, "st", "nd") || IsAny(d + 1, "rd", "th")) ? d + 2 : d + 1;
            DateOnly r = Reference;
            for (int back = 0; back < 24; back++)
            {
                DateOnly m = new DateOnly(r.Year, r.Month, 1).AddMonths(-back);
                if (ValidDay(m.Year, m.Month, day) && IsoDay(new DateOnly(m.Year, m.Month, day)) == weekday)
                {
                    p = new DatePoint { Value = DateValue.OfDay(new DateOnly(m.Year, m.Month, day)), End = end };
                    return true;
                }
            }
        }

        // "Friday next week", "Monday of the following week", "Tuesday of last week"
        int n = Is(k, "of") ? k + 1 : k;
        if (Is(n, "the") && IsAny(n + 1, "following", "next") && Is(n + 2, "week"))
        {
            return RelativeWeekday(i, n + 3, weekday, 1, false, out p);
        }

        if (IsAny(n, "next", "last") && Is(n + 1, "week"))
        {
            return RelativeWeekday(i, n + 2, weekday, Is(n, "next") ? 1 : -1, false, out p);
        }

        if (n > k && IsAny(n, "this", "current") && Is(n + 1, "week"))
        {
            return RelativeWeekday(i, n + 2, weekday, 0, false, out p); // "Monday of this week"
        }

        if (!HasReference)
        {
            p = new DatePoint
            {
                Value = DateValue.Unresolved(DateGranularity.Day, "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture)),
                End = i + 1,
                Relative = true,
            };
            return true;
        }

        // A bare weekday: the last one in a past sentence, otherwise the coming one (a headline's "talks resume Thursday").
        int tense = TenseAt(i);
        DateOnly reference = Reference;
        int delta = tense >= 0 ? (weekday - IsoDay(reference) + 7) % 7 : -((IsoDay(reference) - weekday + 7) % 7);
        p = new DatePoint { Value = DateValue.OfDay(reference.AddDays(delta)), End = i + 1, Relative = true };
        return true;
    }
}
