using System.Globalization;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// Dates: absolute (<c>July 16, 2020</c>, <c>16 July</c>, <c>November 2018</c>, <c>2008</c>, <c>the 1990s</c>),
/// parts (<c>the end of June</c>, <c>mid-2019</c>), relative (<c>last month</c>, <c>on Sunday</c>,
/// <c>18 months ago</c>), ranges (<c>1998-99</c>, <c>from May to July</c>) and open ranges (<c>since 2008</c>).
/// </summary>
internal sealed partial class ValueScanner
{
    /// <summary>A date read from tokens, resolved or not, with the parts that were written.</summary>
    private struct DatePoint
    {
        public DateValue Value;
        public int End;
        public int Year;      // written year, 0 if none
        public int Month;     // written month, 0 if none
        public int Day;       // written day, 0 if none
        public bool Relative;
        public int Part;      // 1 early / beginning of, 2 mid, 3 late / end of; 0 none
    }

    private DateOnly Reference => _reference.GetValueOrDefault();

    private bool HasReference => _reference.HasValue;

    private int TryDateAt(int i)
    {
        // Every matcher below that begins by testing token i by name asks only a word: at a figure or a symbol (most
        // tries) their tests are skipped together, each of them false there.
        bool word = _tokens[i].Kind == ValueTokenKind.Word;

        // Open ranges: "before 2010", "since late July", "after January 1, 2007", "no later than ...".
        int j = -1;
        int side = 0; // -1: the date is the end, +1: the date is the start
        bool afterEnd = false;
        Qualifier qualifier = Qualifier.Exact;
        if (word)
        {
            if (IsAny(i, "before", "prior") || (Is(i, "earlier") && Is(i + 1, "than")))
            {
                j = Is(i, "before") ? i + 1 : (Is(i + 1, "to") || Is(i + 1, "than") ? i + 2 : -1);
                (side, qualifier) = (-1, Qualifier.LessThan);
            }
            else if (Is(i, "after") || (Is(i, "later") && Is(i + 1, "than")))
            {
                j = Is(i, "after") ? i + 1 : i + 2;
                (side, qualifier, afterEnd) = (1, Qualifier.MoreThan, true);
            }
            else if (Is(i, "no") && Is(i + 1, "later") && Is(i + 2, "than"))
            {
                (j, side, qualifier, afterEnd) = (i + 3, -1, Qualifier.AtMost, true);
            }
            else if (IsAny(i, "since", "starting") || (Is(i, "beginning") && !Is(i + 1, "of")))
            {
                j = IsAny(i + 1, "on", "in") && !Is(i, "since") ? i + 2 : i + 1;
                (side, qualifier) = (1, Qualifier.AtLeast);
            }
            else if (IsAny(i, "until", "till") || Is(i, "through"))
            {
                j = i + 1;
                (side, qualifier, afterEnd) = (-1, Qualifier.AtMost, true);
            }
        }

        if (j > 0 && TryDateCore(j, true, out DatePoint bound))
        {
            EmitOpen(i, bound, side, qualifier, afterEnd);
            return bound.End;
        }

        // "the day after Christmas", "the Monday after Easter 2031", "the Friday before July 4": a day next to a day
        if (word && Is(i, "the") && (Is(i + 1, "day") || Has(i + 1, ValueWordFlags.Weekday)) && IsAny(i + 2, "after", "before")
            && TryDateCore(i + 3, true, out DatePoint near, allowRange: false) && near.Value.Granularity == DateGranularity.Day && near.Value.Start is { } nearDay)
        {
            int sign = Is(i + 2, "after") ? 1 : -1;
            int weekday = Is(i + 1, "day") || !Find(_lex.Weekdays, ValueWordFlags.Weekday, i + 1, out int named) ? 0 : named;
            DateOnly day = NextTo(nearDay, sign, weekday);
            if (near.Year == 0 && HasReference && TenseAt(i) is var tense && tense != 0)
            {
                // A yearless anchor was placed by the tense, but it is the day next to it the tense speaks of: "the
                // Saturday before Christmas", written two days before Christmas in the past tense, is last Saturday.
                bool dayFits = tense < 0 ? day <= Reference : day >= Reference;
                int months = !dayFits ? (tense > 0 ? 12 : -12) : nearDay < Reference ? 12 : -12; // to the tense, or nearer the reference
                DateOnly other = NextTo(AddMonthsClamped(nearDay, months), sign, weekday);
                bool otherFits = tense < 0 ? other <= Reference : other >= Reference;
                if (otherFits && (!dayFits || Math.Abs(other.DayNumber - Reference.DayNumber) < Math.Abs(day.DayNumber - Reference.DayNumber)))
                {
                    day = other;
                }
            }

            Emit(i, near.End, ValueKind.Date, DateValue.OfDay(day));
            return near.End;
        }

        // "between 2014 and 2018", "from May to September", "from 4 to 22 January, 1995"
        if ((word && IsAny(i, "between", "from")) || IsDigits(i) && Length(i) <= 2)
        {
            int r = TryDateRange(i);
            if (r > 0)
            {
                return r;
            }
        }

        // "in 3 years" (a date) against "first talks in 20 months" (a length of time).
        if (word && Is(i, "in") && TryTimeCount(i + 1, false, out TimeCount later) && !IsAny(later.End, "ago", "time") && FitsCalendar(later))
        {
            bool duration = TenseAt(i) < 0 || TimeCountIsDuration(i);
            if (!duration)
            {
                int end = Is(later.End, "from") && IsAny(later.End + 1, "now", "today") ? later.End + 2 : later.End; // "in two days from today"
                EmitShift(i, end, later, +1);
                return end;
            }

            return -1;
        }

        // "within 5 days", "past 3 weeks", "the next two decades", "last 3 months"
        {
            int k = Is(i, "the") ? i + 1 : i;
            if (word && (IsAny(k, "past", "last") || IsAny(k, "previous", "next") || IsAny(k, "within", "coming") || IsAny(k, "following", "upcoming"))
                && TryTimeCount(k + 1, false, out TimeCount span) && !IsAny(k + 1, "a", "an") && span.Unit >= DurationUnit.Day && FitsCalendar(span))
            {
                if (TryMoreCounts(span, out TimeCount second, out TimeCount third) is var more && more > span.End && second.Unit >= DurationUnit.Day && !Is(more, "ago")
                    && (third.Amount == 0 || third.Unit >= DurationUnit.Day) && HasReference)
                {
                    int sign = IsAny(k, "past", "last") || Is(k, "previous") ? -1 : 1;
                    DateOnly from = Is(k, "within") || sign < 0 ? Reference : Reference.AddDays(1);
                    DateOnly to = AddUnits(AddUnits(from, sign * span.Amount, span.Unit), sign * second.Amount, second.Unit);
                    to = third.Amount > 0 ? AddUnits(to, sign * third.Amount, third.Unit) : to;
                    Emit(i, more, ValueKind.DateRange, sign < 0 ? Span(to, from, DateGranularity.Range) : Span(from, to, DateGranularity.Range));
                    return more;
                }

                EmitSpan(i, span.End, span, IsAny(k, "past", "last") || Is(k, "previous") ? -1 : Is(k, "within") ? 0 : +1);
                return span.End;
            }
        }

        // "the past decade", "the last year": one unit back from the article, not the calendar unit
        if (word && Is(i, "the") && (IsAny(i + 1, "past", "last") || Is(i + 1, "next")) && IsWord(i + 2) && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, i + 2, out (DurationUnit Unit, int Count) one)
            && one.Unit >= DurationUnit.Month && !Is(i + 3, "of") && (one.Count > 1 || IsAny(i + 2, "year", "decade")))
        {
            EmitSpan(i, i + 3, new TimeCount { Amount = one.Count, Unit = one.Unit, End = i + 3 }, Is(i + 1, "next") ? +1 : -1);
            return i + 3;
        }

        // "3 Fridays from now", "two Sundays ago"
        if ((IsDigits(i) && Length(i) <= 3 || Has(i, ValueWordFlags.NumberWord)) && TryCountedWeekdays(i) is > 0 and var counted)
        {
            return counted;
        }

        // "3 days ago", "1 month and 21 days ago", "two weeks from today"
        if (TryTimeCount(i, false, out TimeCount shift))
        {
            if (!FitsCalendar(shift))
            {
                return -1; // too long ago to be a date: the figure recogniser reports the duration
            }

            if (TryMoreCounts(shift, out TimeCount second, out TimeCount third) is var more && Is(more, "ago") && more > shift.End)
            {
                EmitCompoundShift(i, more + 1, shift, second, third);
                return more + 1;
            }

            if (Is(shift.End, "ago"))
            {
                EmitShift(i, shift.End + 1, shift, -1);
                return shift.End + 1;
            }

            if (Is(shift.End, "hence"))
            {
                EmitShift(i, shift.End + 1, shift, +1); // "three weeks hence": from now
                return shift.End + 1;
            }

            if (IsAny(shift.End, "from", "after") && (IsAny(shift.End + 1, "now", "today") || IsAny(shift.End + 1, "tomorrow", "yesterday") || Is(shift.End + 1, "tmrw")))
            {
                int baseDays = IsAny(shift.End + 1, "tomorrow", "tmrw") ? 1 : Is(shift.End + 1, "yesterday") ? -1 : 0;
                EmitShift(i, shift.End + 2, shift, +1, baseDays);
                return shift.End + 2;
            }

            // "2 weeks before Christmas", "three months after July 4, 2031": a day counted from a day.
            if (IsAny(shift.End, "before", "after") && shift.Unit >= DurationUnit.Day
                && TryDateCore(shift.End + 1, true, out DatePoint anchor, allowRange: false) && anchor.Value.Granularity == DateGranularity.Day && anchor.Value.Start is { } day)
            {
                int sign = Is(shift.End, "before") ? -1 : 1;
                Emit(i, anchor.End, ValueKind.Date, DateValue.OfDay(AddUnits(day, sign * shift.Amount, shift.Unit)));
                return anchor.End;
            }

            return -1; // a duration: the figure recogniser reports it
        }

        if (TryDateCore(i, false, out DatePoint point))
        {
            // "2018 or later", "June 2020 or earlier": an open range from or to the date.
            if (Is(point.End, "or") && IsAny(point.End + 1, "later", "after") && point.Value.Start is { } from && point.Value.End is not null)
            {
                Emit(i, point.End + 2, ValueKind.DateRange, Span(from, DateOnly.MaxValue, DateGranularity.Range, Qualifier.AtLeast));
                return point.End + 2;
            }

            if (Is(point.End, "or") && IsAny(point.End + 1, "earlier", "before") && point.Value.Start is not null && point.Value.End is { } to)
            {
                Emit(i, point.End + 2, ValueKind.DateRange, Span(DateOnly.MinValue, to, DateGranularity.Range, Qualifier.AtMost));
                return point.End + 2;
            }

            Emit(i, point.End, KindOf(point.Value), point.Value);
            return point.End;
        }

        return -1;
    }

    /// <summary>The day after (<paramref name="sign"/> 1) or before (-1) a day, or the nearest such weekday (ISO number; 0 for any day).</summary>
    private static DateOnly NextTo(DateOnly day, int sign, int weekday)
    {
        DateOnly next = day.AddDays(sign);
        while (weekday > 0 && IsoDay(next) != weekday)
        {
            next = next.AddDays(sign);
        }

        return next;
    }

    private static ValueKind KindOf(DateValue value) =>
        value.Granularity is DateGranularity.Day or DateGranularity.Month or DateGranularity.Year or DateGranularity.Decade
            && value.Qualifier == Qualifier.Exact ? ValueKind.Date : ValueKind.DateRange;

    /// <summary>Whether "in N units" says how long since something happened ("first talks in 20 months").</summary>
    private bool TimeCountIsDuration(int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--)
        {
            if (IsAny(k, "first", "last") || IsAny(k, "time", "lowest") || IsAny(k, "highest", "biggest") || Is(k, "worst") || Is(k, "best"))
            {
                return true;
            }

            if (IsSym(k, '.') || IsSym(k, ','))
            {
                break;
            }
        }

        return false;
    }

    // ---- resolution helpers -----------------------------------------------------------------------

    private DateValue Unresolved(int start, int end, DateGranularity granularity)
    {
        string words = _text[_tokens[start].Start.._tokens[end - 1].End].ToLowerInvariant();
        return DateValue.Unresolved(granularity, words);
    }

    private static bool ValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The year for a month and day written without one: the reading the sentence's tense points to, else the nearest.</summary>
    private int PickYear(int month, int day, int tense)
    {
        DateOnly r = Reference;
        int best = r.Year;
        long bestScore = long.MaxValue;
        for (int y = r.Year - 1; y <= r.Year + 1; y++)
        {
            int d = day == 0 ? 1 : day;
            if (!ValidDay(y, month, d))
            {
                continue;
            }

            var candidate = new DateOnly(y, month, d);
            long distance = candidate.DayNumber - r.DayNumber;
            if (day == 0)
            {
                // A month: compare months, so "June" read in June is this June.
                distance = ((y - r.Year) * 12) + (month - r.Month);
            }

            long score = tense switch
            {
                < 0 => distance <= 0 ? -distance : long.MaxValue / 2,
                > 0 => distance >= 0 ? distance : long.MaxValue / 2,
                // No tense: the nearer reading (the coming one when they are as near).
                _ => distance < 0 ? (-distance * 2) + 1 : distance * 2,
            };
            if (score < bestScore)
            {
                (best, bestScore) = (y, score);
            }
        }

        return best;
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static int IsoDay(DateOnly day) => (((int)day.DayOfWeek + 6) % 7) + 1;

    private static DateValue Span(DateOnly start, DateOnly end, DateGranularity granularity, Qualifier qualifier = Qualifier.Exact) =>
        new(start, end, granularity, qualifier);

    private static DateValue Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new DateValue(start, start.AddMonths(3), DateGranularity.Quarter);
    }

    /// <summary>
    /// <paramref name="day"/> moved by <paramref name="amount"/> units, held to the calendar's first and last day:
    /// "99999999 months ago" must not throw, whatever the text says.
    /// </summary>
    private static DateOnly AddUnits(DateOnly day, double amount, DurationUnit unit)
    {
        if (!double.IsFinite(amount) || Math.Abs(amount * DurationValue.DaysPer(unit)) > MaxShiftDays)
        {
            return double.IsNaN(amount) ? day : amount < 0 ? DateOnly.MinValue : DateOnly.MaxValue;
        }

        int whole = (int)Math.Floor(amount);
        double rest = amount - whole;
        DateOnly d = unit switch
        {
            DurationUnit.Day => AddDaysClamped(day, whole),
            DurationUnit.Week => AddDaysClamped(day, 7L * whole),
            DurationUnit.Month => AddMonthsClamped(day, whole),
            DurationUnit.Year => AddMonthsClamped(day, 12L * whole),
            DurationUnit.Decade => AddMonthsClamped(day, 120L * whole),
            _ => day,
        };
        return rest == 0 ? d : AddDaysClamped(d, (long)Math.Round(rest * DurationValue.DaysPer(unit)));
    }

    /// <summary>The longest shift, in days, a count of time units may make and still be read as a date (about 8,000 years).</summary>
    private const double MaxShiftDays = 3_000_000;

    /// <summary>Whether a count of units is small enough to move a date by: "99999999 months ago" is left to the figure recogniser.</summary>
    private static bool FitsCalendar(TimeCount count) =>
        double.IsFinite(count.Amount) && Math.Abs(count.Amount * DurationValue.DaysPer(count.Unit)) <= MaxShiftDays;

    private static DateOnly AddDaysClamped(DateOnly day, long days)
    {
        long target = day.DayNumber + days;
        return target < DateOnly.MinValue.DayNumber ? DateOnly.MinValue
            : target > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue
            : DateOnly.FromDayNumber((int)target);
    }

    /// <summary>Like <see cref="DateOnly.AddMonths"/> (the day is kept, or the month's last day), held to the calendar.</summary>
    private static DateOnly AddMonthsClamped(DateOnly day, long months)
    {
        long index = (day.Year * 12L) + day.Month - 1 + months;
        if (index < 12)
        {
            return DateOnly.MinValue;
        }

        if (index > (9999 * 12L) + 11)
        {
            return DateOnly.MaxValue;
        }

        int year = (int)(index / 12);
        int month = (int)(index % 12) + 1;
        return new DateOnly(year, month, Math.Min(day.Day, DateTime.DaysInMonth(year, month)));
    }

    private void EmitShift(int start, int end, TimeCount shift, int direction, int baseDays = 0)
    {
        if (shift.Unit < DurationUnit.Day)
        {
            return; // "in 3 hours" is a time of day, which QuoteCheck leaves alone
        }

        DateGranularity granularity = shift.Unit switch
        {
            DurationUnit.Month => DateGranularity.Month,
            DurationUnit.Year or DurationUnit.Decade => DateGranularity.Year,
            _ => DateGranularity.Day,
        };
        DateValue value;
        if (!HasReference)
        {
            value = Unresolved(start, end, granularity);
        }
        else
        {
            DateOnly day = AddUnits(Reference.AddDays(baseDays), direction * shift.Amount, shift.Unit);
            // RT and Duckling both give "in 3 years" as a day; we keep the day but mark the coarser unit
            // with a day granularity only for days and weeks.
            value = granularity switch
            {
                DateGranularity.Month when direction < 0 => DateValue.OfMonth(day.Year, day.Month) with { CountedDay = day },
                DateGranularity.Year when direction < 0 => DateValue.OfYear(day.Year) with { CountedDay = day },
                _ => DateValue.OfDay(day),
            };
        }

        Emit(start, end, ValueKind.Date, value);
    }

    /// <summary>Further counts of smaller units after a first: "1 month, 21 days", "2 years and 3 months". Returns the token after them.</summary>
    private int TryMoreCounts(TimeCount first, out TimeCount second, out TimeCount third)
    {
        second = third = default;
        int k = first.End;
        int next = IsSym(k, ',') || Is(k, "and") ? k + 1 : k;
        if (!TryTimeCount(next, false, out second) || second.Unit == first.Unit)
        {
            return first.End;
        }

        k = second.End;
        next = IsSym(k, ',') || Is(k, "and") ? k + 1 : k;
        if (TryTimeCount(next, false, out third) && third.Unit != second.Unit && third.Unit != first.Unit)
        {
            return third.End;
        }

        third = default;
        return second.End;
    }

    private void EmitCompoundShift(int start, int end, TimeCount first, TimeCount second, TimeCount third)
    {
        if (!HasReference || first.Unit < DurationUnit.Day || second.Unit < DurationUnit.Day || third.Amount > 0 && third.Unit < DurationUnit.Day)
        {
            Emit(start, end, ValueKind.Date, Unresolved(start, end, DateGranularity.Day));
            return;
        }

        DateOnly day = AddUnits(AddUnits(Reference, -first.Amount, first.Unit), -second.Amount, second.Unit);
        if (third.Amount > 0)
        {
            day = AddUnits(day, -third.Amount, third.Unit);
        }

        Emit(start, end, ValueKind.Date, DateValue.OfDay(day));
    }

    private void EmitSpan(int start, int end, TimeCount span, int direction)
    {
        DateValue value;
        if (!HasReference)
        {
            value = Unresolved(start, end, DateGranularity.Range);
        }
        else if (span.Unit == DurationUnit.Month && span.Amount % 3 == 0 && direction != 0 && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, end - 1, out (DurationUnit, int Count) unit) && unit.Count == 3)
        {
            // Quarters run on calendar quarters: "the past two quarters" ends where this quarter begins.
            var quarter = new DateOnly(Reference.Year, (((Reference.Month - 1) / 3) * 3) + 1, 1);
            value = direction < 0
                ? Span(AddMonthsClamped(quarter, -(long)span.Amount), quarter, DateGranularity.Range)
                : Span(AddMonthsClamped(quarter, 3), AddMonthsClamped(quarter, 3 + (long)span.Amount), DateGranularity.Range);
        }
        else if (span.Unit == DurationUnit.Year && span.Amount >= 20 && span.Amount % 10 == 0 && direction != 0
            && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, end - 1, out (DurationUnit, int Count) decade) && decade.Count == 10)
        {
            // Counted decades run on calendar decades: "the past 2 decades", written in 2016, are 1990-2009.
            var current = new DateOnly(Reference.Year / 10 * 10, 1, 1);
            int years = (int)span.Amount;
            value = direction < 0
                ? Span(AddMonthsClamped(current, -12L * years), current, DateGranularity.Range)
                : Span(AddMonthsClamped(current, 120), AddMonthsClamped(current, 120 + (12L * years)), DateGranularity.Range);
        }
        else if (direction < 0)
        {
            value = Span(AddUnits(Reference, -span.Amount, span.Unit), Reference, DateGranularity.Range);
        }
        else if (direction == 0)
        {
            value = Span(Reference, AddUnits(Reference, span.Amount, span.Unit), DateGranularity.Range);
        }
        else
        {
            DateOnly first = Reference.AddDays(1);
            value = Span(first, AddUnits(first, span.Amount, span.Unit), DateGranularity.Range);
        }

        Emit(start, end, ValueKind.DateRange, value);
    }

    private void EmitOpen(int start, DatePoint bound, int side, Qualifier qualifier, bool afterEnd)
    {
        DateValue value;
        if (bound.Value.Start is not { } s || bound.Value.End is not { } e)
        {
            value = Unresolved(start, bound.End, DateGranularity.Range);
        }
        else
        {
            // A single day is a moment, its start: "after January 1" runs from January 1 and "no later than
            // January 1" ends there (Recognizers-Text's reading). A longer stretch is passed whole: "after 2018"
            // starts in 2019.
            afterEnd &= bound.Value.Granularity != DateGranularity.Day;
            afterEnd |= side < 0 && bound.Part == 3 && qualifier == Qualifier.LessThan; // "before the end of the year": by the time it ends
            value = side > 0
                ? Span(afterEnd ? e : s, DateOnly.MaxValue, DateGranularity.Range, qualifier)
                : Span(DateOnly.MinValue, afterEnd ? e : s, DateGranularity.Range, qualifier);
        }

        Emit(start, bound.End, ValueKind.DateRange, value);
    }

    // ---- ranges -----------------------------------------------------------------------------------

    private int TryDateRange(int i)
    {
        bool between = Is(i, "between");
        int j = IsDigits(i) ? i : i + 1;
        // "from 4 to 22 January, 1995", "between 3 and 12 of Sept", "from 4-23 in next month": two days, then the month.
        if (TryDayOfMonth(j, out int day, out int c) && !IsMonthWord(c, out _) && !(Is(c, "of") && IsMonthWord(c + 1, out _)))
        {
            bool connector = between ? Is(c, "and") : IsAny(c, "to", "through") || IsDash(c) || IsAny(c, "till", "until");
            if (connector && TryDayOfMonth(c + 1, out int lastDay, out int m) && lastDay > day)
            {
                int monthAt = IsAny(m, "of", "in") ? m + 1 : m;
                if (IsSym(m, ',') && IsMonthWord(m + 1, out _))
                {
                    monthAt = m + 1;
                }

                if (TryDatePoint(monthAt, true, out DatePoint month) && month.Value.Granularity == DateGranularity.Month)
                {
                    if (month.Value.Start is { } ms && ValidDay(ms.Year, ms.Month, lastDay))
                    {
                        Emit(i, month.End, ValueKind.DateRange, Span(ms.AddDays(day - 1), ms.AddDays(lastDay), DateGranularity.Range) with { LastPartStart = ms.AddDays(lastDay - 1) });
                    }
                    else
                    {
                        Emit(i, month.End, ValueKind.DateRange, Unresolved(i, month.End, DateGranularity.Range));
                    }

                    return month.End;
                }

                if (TryDateCore(c + 1, true, out DatePoint second, allowRange: false) && second.Value.Granularity == DateGranularity.Day && second.Value.Start is { } last
                    && ValidDay(last.Year, last.Month, day) && day <= last.Day)
                {
                    var first = new DateOnly(last.Year, last.Month, day);
                    Emit(i, second.End, ValueKind.DateRange, Span(first, second.Value.End!.Value, DateGranularity.Range) with { LastPartStart = last });
                    return second.End;
                }
            }
        }

        if (IsDigits(i) || !TryDateCore(j, true, out DatePoint a, allowRange: false))
        {
            return -1;
        }

        int k = a.End;
        bool ok = between ? Is(k, "and") : IsAny(k, "to", "through") || IsDash(k) || IsAny(k, "till", "until") || Is(k, "thru");
        if (!ok || !TryRangeEnd(a, k + 1, out DatePoint b))
        {
            return -1;
        }

        EmitRange(i, a, b);
        return b.End;
    }

    /// <summary>The second half of a range after its connector: a full date, or a bare day, month or short year that borrows the rest from the first.</summary>
    private bool TryRangeEnd(DatePoint a, int k, out DatePoint b)
    {
        if (IsDigits(k) && a.Value.Granularity == DateGranularity.Year && a.Year > 0 && Adjacent(k) && Adjacent(k - 1) && Length(k) == 2)
        {
            // "1998-99": the century of the first year
            int year = (a.Year / 100 * 100) + (int)Number(k);
            if (year > a.Year && !(IsSym(k + 1, '-') && Adjacent(k + 1)))
            {
                b = new DatePoint { Value = DateValue.OfYear(year), End = k + 1, Year = year };
                return true;
            }
        }

        if (TryDateCore(k, true, out b, allowRange: false))
        {
            return true;
        }

        // "April 9th through 17th", "July 13-15"
        if (a.Value.Granularity == DateGranularity.Day && a.Value.Start is { } first && (IsDigits(k) && Length(k) <= 2 || IsWord(k) && Find(_lex.Ordinals, ValueWordFlags.Ordinal, k, out _)))
        {
            int day = IsDigits(k) ? (int)Number(k) : Find(_lex.Ordinals, ValueWordFlags.Ordinal, k, out int o) ? o : 0;
            int end = IsDigits(k) && (IsAny(k + 1, "st", "nd") || IsAny(k + 1, "rd", "th")) && Adjacent(k + 1) ? k + 2 : k + 1;
            if (day > first.Day && ValidDay(first.Year, first.Month, day))
            {
                b = new DatePoint { Value = DateValue.OfDay(new DateOnly(first.Year, first.Month, day)), End = end, Day = day };
                return true;
            }
        }

        b = default;
        return false;
    }

    private void EmitRange(int start, DatePoint a, DatePoint b)
    {
        if (a.Value.Start is not { } s || b.Value.End is not { } e)
        {
            Emit(start, b.End, ValueKind.DateRange, Unresolved(start, b.End, DateGranularity.Range));
            return;
        }

        // "Nov-Feb 2017": the first month borrows the year of the second, a year earlier when it comes later in the year.
        if (a.Year == 0 && b.Year > 0 && a.Month > 0)
        {
            int year = a.Month > b.Month && b.Month > 0 ? b.Year - 1 : b.Year;
            s = a.Day > 0 && ValidDay(year, a.Month, a.Day) ? new DateOnly(year, a.Month, a.Day) : new DateOnly(year, a.Month, 1);
        }

        // Only a plain last part has a start of its own to end on; "the end of 2008" ends the range where it ends.
        DateOnly? lastStart = b.Value.Granularity is DateGranularity.Day or DateGranularity.Month or DateGranularity.Year or DateGranularity.Decade or DateGranularity.Quarter
            ? b.Value.Start : null;
        if (a.Year == 0 && b.Year == 0 && a.Month > 0 && b.Month > 0 && !a.Relative && !b.Relative && HasReference
            && a.Value.Granularity is DateGranularity.Month or DateGranularity.Day && b.Value.Granularity is DateGranularity.Month or DateGranularity.Day
            && CurrentRange(a, b) is ({ } currentStart, { } currentEnd, { } currentLast))
        {
            // A range without a year that is under way on the reference date is this one, whatever the tense:
            // "I'll be away from August to October", written in September, means the August just gone.
            Emit(start, b.End, ValueKind.DateRange, Span(currentStart, currentEnd, DateGranularity.Range) with { LastPartStart = currentLast });
            return;
        }

        if (e <= s && b.Year == 0 && b.Month > 0 && b.Value.Start is { } bs)
        {
            // "from November to February": the last part is in the next year.
            e = AddUnits(bs, 1, DurationUnit.Year).AddDays(e.DayNumber - bs.DayNumber);
            lastStart = AddUnits(bs, 1, DurationUnit.Year);
        }

        if (e <= s)
        {
            return;
        }

        Emit(start, b.End, ValueKind.DateRange, Span(s, e, DateGranularity.Range) with { LastPartStart = lastStart });
    }

    /// <summary>
    /// The reading of a range of two yearless parts whose last part is in the reference year (the first in that
    /// year or, when it comes later in the year, the one before), when that reading holds the reference date.
    /// </summary>
    private (DateOnly? Start, DateOnly? End, DateOnly? LastStart) CurrentRange(DatePoint a, DatePoint b)
    {
        // A range that runs into the next year ("from May to March") may be under way having begun this year or last.
        bool wraps = a.Month > b.Month || (a.Month == b.Month && a.Day > b.Day);
        for (int year = Reference.Year; year <= Reference.Year + (wraps ? 1 : 0); year++)
        {
            int firstYear = wraps ? year - 1 : year;
            if ((a.Day > 0 && !ValidDay(firstYear, a.Month, a.Day)) || (b.Day > 0 && !ValidDay(year, b.Month, b.Day)) || firstYear < 1 || year > 9998)
            {
                continue;
            }

            var first = new DateOnly(firstYear, a.Month, a.Day > 0 ? a.Day : 1);
            var last = new DateOnly(year, b.Month, b.Day > 0 ? b.Day : 1);
            DateOnly end = b.Day > 0 ? last.AddDays(1) : last.AddMonths(1);
            if (first <= Reference && Reference < end)
            {
                return (first, end, last);
            }
        }

        return (null, null, null);
    }

    // ---- the core: a date with its part-of modifier, and an "X - Y" range -----------------------

    private bool TryDateCore(int i, bool dateContext, out DatePoint point, bool allowRange = true)
    {
        point = default;
        int part = 0; // 1 early, 2 mid, 3 late
        bool comparative = false; // "later this month", "earlier this year"
        int j = i;
        if (Is(j, "the") && IsAny(j + 1, "end", "beginning") || Is(j, "the") && IsAny(j + 1, "start", "middle"))
        {
            j++;
        }

        if (IsAny(j, "end", "beginning") || IsAny(j, "start", "middle"))
        {
            if (Is(j + 1, "of"))
            {
                part = IsAny(j, "beginning", "start") ? 1 : Is(j, "middle") ? 2 : 3;
                j += 2;
            }
        }
        else if (IsAny(j, "early", "earlier") || IsAny(j, "late", "later") || Is(j, "mid"))
        {
            part = IsAny(j, "early", "earlier") ? 1 : Is(j, "mid") ? 2 : 3;
            comparative = IsAny(j, "earlier", "later");
            j += IsDash(j + 1) && Adjacent(j + 1) ? 2 : 1;
            if (Is(j, "in") && !Is(i, "mid"))
            {
                j++; // "early in 2019"
            }
        }

        if (part != 0)
        {
            DatePoint whole;
            if ((IsAny(j, "month", "week") || Is(j, "year")) && !IsDigits(j + 1))
            {
                RelativePeriod(j, j + 1, j, 0, out whole); // "end of month": this one
            }
            else if (!TryDatePoint(j, true, out whole))
            {
                return false;
            }

            if (!ApplyPart(ref whole, part, i))
            {
                return false;
            }

            if (comparative && whole.Relative && HasReference && whole.Value.Start is { } ps && whole.Value.End is { } pe && ps < pe)
            {
                // "later this month" does not begin before today, "earlier this year" does not run past it
                DateOnly start = part == 3 && Reference > ps && Reference < pe ? Reference : ps;
                DateOnly end = part == 1 && Reference > ps && Reference < pe ? Reference : pe;
                whole.Value = whole.Value with { Start = start, End = end };
            }

            whole.Part = part;
            point = whole;
            return true;
        }

        if (!TryDatePoint(i, dateContext, out point))
        {
            return false;
        }

        // "Monday through Friday": two weekdays make a range though each is relative
        bool weekdays = point.Relative && Has(i, ValueWordFlags.Weekday) && point.End == i + 1 && (IsAny(point.End, "to", "through") || IsDash(point.End)) && Has(point.End + 1, ValueWordFlags.Weekday);
        if (allowRange && (!point.Relative || weekdays))
        {
            int k = point.End;
            if (weekdays && point.Value.Start is { } monday && TryDatePoint(k + 1, true, out DatePoint last) && last.End == k + 2
                && Find(_lex.Weekdays, ValueWordFlags.Weekday, k + 1, out int lastWeekday))
            {
                // The last day is the first such weekday on or after the first day.
                DateOnly lastDay = monday.AddDays((lastWeekday - IsoDay(monday) + 7) % 7);
                point = new DatePoint { Value = Span(monday, lastDay.AddDays(1), DateGranularity.Range) with { LastPartStart = lastDay }, End = k + 2, Relative = true };
                return true;
            }

            bool yearSlash = IsSym(k, '/') && point.Value.Granularity == DateGranularity.Year && point.Year > 0 && Adjacent(k) && Adjacent(k + 1) && IsDigits(k + 1); // "2016/17"
            if (!weekdays && (IsDash(k) || IsAny(k, "to", "through") || IsAny(k, "till", "until") || yearSlash) && TryRangeEnd(point, k + 1, out DatePoint second))
            {
                // Emit through the caller: the whole "A - B" becomes one range point.
                DatePoint a = point;
                int before = _output.Count;
                EmitRange(i, a, second);
                if (_output.Count > before)
                {
                    RecognizedValue emitted = _output[^1];
                    _output.RemoveAt(_output.Count - 1);
                    point = new DatePoint { Value = (DateValue)emitted.Value, End = second.End };
                    return true;
                }
            }
        }

        return true;
    }

    private bool ApplyPart(ref DatePoint whole, int part, int start)
    {
        if (whole.Value.Start is not { } s || whole.Value.End is not { } e)
        {
            whole.Value = Unresolved(start, whole.End, DateGranularity.PartOfMonth);
            return true;
        }

        switch (whole.Value.Granularity)
        {
            case DateGranularity.Month:
                whole.Value = part switch
                {
                    1 => Span(s, s.AddDays(15), DateGranularity.PartOfMonth),
                    2 => Span(s.AddDays(9), s.AddDays(20), DateGranularity.PartOfMonth),
                    _ => Span(s.AddDays(15), e, DateGranularity.PartOfMonth),
                };
                return true;
            case DateGranularity.Year:
                whole.Value = part switch
                {
                    1 => Span(s, s.AddMonths(4), DateGranularity.Range),
                    2 => Span(s.AddMonths(4), s.AddMonths(8), DateGranularity.Range),
                    _ => Span(s.AddMonths(6), e, DateGranularity.Range),
                };
                return true;
            case DateGranularity.Week:
                whole.Value = part switch
                {
                    1 => Span(s, s.AddDays(3), DateGranularity.Range),
                    2 => Span(s.AddDays(2), s.AddDays(5), DateGranularity.Range),
                    _ => Span(s.AddDays(3), e, DateGranularity.Range),
                };
                return true;
            case DateGranularity.Decade:
                whole.Value = part switch
                {
                    1 => Span(s, s.AddYears(4), DateGranularity.Range),
                    2 => Span(s.AddYears(3), s.AddYears(7), DateGranularity.Range),
                    _ => Span(s.AddYears(6), e, DateGranularity.Range),
                };
                return true;
            default:
                return false;
        }
    }

    // ---- single dates -----------------------------------------------------------------------------

    /// <summary>The flags of a word a single-date matcher may begin with: by list, or by name (<see cref="ValueWordFlags.DatePointStart"/>).</summary>
    private const ValueWordFlags DatePointStarts = ValueWordFlags.DatePointStart | ValueWordFlags.Month | ValueWordFlags.Weekday | ValueWordFlags.Ordinal
        | ValueWordFlags.NumberWord | ValueWordFlags.HolidayStart;

    private bool TryDatePoint(int i, bool dateContext, out DatePoint p)
    {
        p = default;
        if (!In(i))
        {
            return false;
        }

        if (IsWord(i))
        {
            if ((_tokens[i].Flags & DatePointStarts) == 0 || (Is(i, "the") && IsWord(i + 1) && _tokens[i + 1].Flags == ValueWordFlags.None))
            {
                // Each matcher below reads its first word by name or by list (Is, Find): a word none of them begins with
                // (Definitions/date-point-starts.txt and the lists of DatePointStarts) would otherwise run all fifteen,
                // at every try of a word and at the word after every connector ("after Trump", "since taking office").
                // Those that take "the" read the word after it the same way ("the 1990s", "the week of", "the nineties"),
                // so "from the government" ends here too.
                return false;
            }

            if (Is(i, "the") && IsDigits(i + 1) && TryYear(i + 1, true, out p) && p.Value.Granularity == DateGranularity.Decade)
            {
                return true; // "the 1990s"
            }

            if (Is(i, "the") && Is(i + 1, "year") && IsDigits(i + 2) && Length(i + 2) == 4 && TryYear(i + 2, true, out p) && p.Value.Granularity == DateGranularity.Year)
            {
                return true; // "before the year 2019"
            }

            return TryQuarterCode(i, out p) || TryFiscalYear(i, out p) || TryDecadeWords(i, out p) || TryWeekOf(i, out p) || TryRestOf(i, out p) || TryOrdinalOf(i, out p) || TryHoliday(i, out p) || TryRelative(i, out p) || TryMonthFirst(i, dateContext, out p) || TryWeekday(i, out p) || TryDayFirst(i, out p) || TryCentury(i, out p)
                || TrySeason(i, out p) || TrySpokenYearPoint(i, dateContext, out p) || TryBareDay(i, out p);
        }

        if (IsDigits(i))
        {
            return TryQuarterCode(i, out p) || TryOrdinalOf(i, out p) || TryNumericDate(i, dateContext, out p) || TryDayFirst(i, out p) || TryYear(i, dateContext, out p) || TryCentury(i, out p);
        }

        // "in '98", "the class of '05": a year with its century left out, after a date-context word
        if ((IsSym(i, '\'') || IsSym(i, '’')) && IsDigits(i + 1) && Adjacent(i + 1) && Length(i + 1) == 2 && !(IsWord(i + 2) && Adjacent(i + 2))
            && (dateContext || Has(i - 1, ValueWordFlags.DateContext)) && !Is(i - 1, "the"))
        {
            int yy = (int)Number(i + 1);
            int year = yy <= 50 ? 2000 + yy : 1900 + yy;
            p = new DatePoint { Value = DateValue.OfYear(year), End = i + 2, Year = year };
            return true;
        }

        return false;
    }
}
