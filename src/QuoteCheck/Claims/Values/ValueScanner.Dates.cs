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
    }

    private DateOnly Reference => _reference.GetValueOrDefault();

    private bool HasReference => _reference.HasValue;

    private int TryDateAt(int i)
    {
        // Open ranges: "before 2010", "since late July", "after January 1, 2007", "no later than ...".
        int j = -1;
        int side = 0; // -1: the date is the end, +1: the date is the start
        bool afterEnd = false;
        Qualifier qualifier = Qualifier.Exact;
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

        if (j > 0 && TryDateCore(j, true, out DatePoint bound))
        {
            EmitOpen(i, bound, side, qualifier, afterEnd);
            return bound.End;
        }

        // "between 2014 and 2018", "from May to September", "from 4 to 22 January, 1995"
        if (IsAny(i, "between", "from") || IsDigits(i) && Length(i) <= 2)
        {
            int r = TryDateRange(i);
            if (r > 0)
            {
                return r;
            }
        }

        // "in 3 years" (a date) against "first talks in 20 months" (a length of time).
        if (Is(i, "in") && TryTimeCount(i + 1, false, out TimeCount later) && !IsAny(later.End, "ago", "time"))
        {
            bool duration = TenseAt(i) < 0 || TimeCountIsDuration(i);
            if (!duration)
            {
                EmitShift(i, later.End, later, +1);
                return later.End;
            }

            return -1;
        }

        // "within 5 days", "past 3 weeks", "the next two decades", "last 3 months"
        {
            int k = Is(i, "the") ? i + 1 : i;
            if ((IsAny(k, "past", "last") || IsAny(k, "previous", "next") || IsAny(k, "within", "coming") || IsAny(k, "following", "upcoming"))
                && TryTimeCount(k + 1, false, out TimeCount span) && !IsAny(k + 1, "a", "an") && span.Unit >= DurationUnit.Day)
            {
                if (TryMoreCounts(span, out TimeCount second, out TimeCount third) is var more && more > span.End && second.Unit >= DurationUnit.Day
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
        if (Is(i, "the") && (IsAny(i + 1, "past", "last") || Is(i + 1, "next")) && IsWord(i + 2) && _lex.TimeUnits.TryGetValue(Span(i + 2), out (DurationUnit Unit, int Count) one)
            && one.Unit >= DurationUnit.Month && !Is(i + 3, "of") && (one.Count > 1 || IsAny(i + 2, "year", "decade")))
        {
            EmitSpan(i, i + 3, new TimeCount { Amount = one.Count, Unit = one.Unit, End = i + 3 }, Is(i + 1, "next") ? +1 : -1);
            return i + 3;
        }

        // "3 days ago", "1 month and 21 days ago", "two weeks from today"
        if (TryTimeCount(i, false, out TimeCount shift))
        {
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

            if (IsAny(shift.End, "from", "after") && (IsAny(shift.End + 1, "now", "today") || IsAny(shift.End + 1, "tomorrow", "yesterday")))
            {
                int baseDays = Is(shift.End + 1, "tomorrow") ? 1 : Is(shift.End + 1, "yesterday") ? -1 : 0;
                EmitShift(i, shift.End + 2, shift, +1, baseDays);
                return shift.End + 2;
            }

            return -1; // a duration: the figure recogniser reports it
        }

        if (TryDateCore(i, false, out DatePoint point))
        {
            Emit(i, point.End, KindOf(point.Value), point.Value);
            return point.End;
        }

        return -1;
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
                // No tense: the nearer reading, the past one unless the future one is less than half as far.
                _ => distance <= 0 ? -distance * 2 : (distance * 4) + 1,
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

    private static DateOnly AddUnits(DateOnly day, double amount, DurationUnit unit)
    {
        int whole = (int)Math.Floor(amount);
        double rest = amount - whole;
        DateOnly d = unit switch
        {
            DurationUnit.Day => day.AddDays(whole),
            DurationUnit.Week => day.AddDays(7 * whole),
            DurationUnit.Month => day.AddMonths(whole),
            DurationUnit.Year => day.AddYears(whole),
            DurationUnit.Decade => day.AddYears(10 * whole),
            _ => day,
        };
        return rest == 0 ? d : d.AddDays((int)Math.Round(rest * DurationValue.DaysPer(unit)));
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
                DateGranularity.Month when direction < 0 => DateValue.OfMonth(day.Year, day.Month),
                DateGranularity.Year when direction < 0 => DateValue.OfYear(day.Year),
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
        else if (span.Unit == DurationUnit.Month && span.Amount % 3 == 0 && direction != 0 && _lex.TimeUnits.TryGetValue(Span(end - 1), out (DurationUnit, int Count) unit) && unit.Count == 3)
        {
            // Quarters run on calendar quarters: "the past two quarters" ends where this quarter begins.
            var quarter = new DateOnly(Reference.Year, (((Reference.Month - 1) / 3) * 3) + 1, 1);
            value = direction < 0
                ? Span(quarter.AddMonths(-(int)span.Amount), quarter, DateGranularity.Range)
                : Span(quarter.AddMonths(3), quarter.AddMonths(3 + (int)span.Amount), DateGranularity.Range);
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
        else if (side > 0)
        {
            value = Span(afterEnd ? e : s, DateOnly.MaxValue, DateGranularity.Range, qualifier);
        }
        else
        {
            value = Span(DateOnly.MinValue, afterEnd ? e : s, DateGranularity.Range, qualifier);
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
                        Emit(i, month.End, ValueKind.DateRange, Span(ms.AddDays(day - 1), ms.AddDays(lastDay), DateGranularity.Range));
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
                    Emit(i, second.End, ValueKind.DateRange, Span(first, second.Value.End!.Value, DateGranularity.Range));
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
        if (a.Value.Granularity == DateGranularity.Day && a.Value.Start is { } first && (IsDigits(k) && Length(k) <= 2 || IsWord(k) && _lex.Ordinals.TryGetValue(Span(k), out _)))
        {
            int day = IsDigits(k) ? (int)Number(k) : _lex.Ordinals.TryGetValue(Span(k), out int o) ? o : 0;
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
        else if (e <= s && b.Year == 0 && b.Month > 0 && b.Value.Start is { } bs)
        {
            e = AddUnits(bs, 1, DurationUnit.Year).AddDays(e.DayNumber - bs.DayNumber);
        }

        if (e <= s)
        {
            return;
        }

        Emit(start, b.End, ValueKind.DateRange, Span(s, e, DateGranularity.Range));
    }

    // ---- the core: a date with its part-of modifier, and an "X - Y" range -----------------------

    private bool TryDateCore(int i, bool dateContext, out DatePoint point, bool allowRange = true)
    {
        point = default;
        int part = 0; // 1 early, 2 mid, 3 late
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

            point = whole;
            return true;
        }

        if (!TryDatePoint(i, dateContext, out point))
        {
            return false;
        }

        if (allowRange && !point.Relative)
        {
            int k = point.End;
            if ((IsDash(k) || IsAny(k, "to", "through") || IsAny(k, "till", "until")) && TryRangeEnd(point, k + 1, out DatePoint second))
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

    private bool TryDatePoint(int i, bool dateContext, out DatePoint p)
    {
        p = default;
        if (!In(i))
        {
            return false;
        }

        if (IsWord(i))
        {
            if (Is(i, "the") && IsDigits(i + 1) && TryYear(i + 1, true, out p) && p.Value.Granularity == DateGranularity.Decade)
            {
                return true; // "the 1990s"
            }

            return TryQuarterCode(i, out p) || TryDecadeWords(i, out p) || TryOrdinalOf(i, out p) || TryHoliday(i, out p) || TryRelative(i, out p) || TryMonthFirst(i, dateContext, out p) || TryWeekday(i, out p) || TryDayFirst(i, out p) || TryCentury(i, out p)
                || TrySeason(i, out p);
        }

        if (IsDigits(i))
        {
            return TryQuarterCode(i, out p) || TryOrdinalOf(i, out p) || TryNumericDate(i, dateContext, out p) || TryDayFirst(i, out p) || TryYear(i, dateContext, out p) || TryCentury(i, out p);
        }

        return false;
    }

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
        else if (IsAny(k, "this", "current") || (Is(k, "the") && !IsAny(k + 1, "next", "last")))
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
        if (!IsWord(k))
        {
            return false;
        }

        if (IsAny(k, "week", "month") || IsAny(k, "year", "quarter") || Is(k, "weekend"))
        {
            if (article && shift == 0 && (Is(k, "quarter") || IsDigits(k + 1) || Is(k + 1, "of") || IsWord(k + 1) && _lex.Ordinals.TryGetValue(Span(k + 1), out _)))
            {
                return false; // "the year 2008", "the week of March 3"
            }

            // "this week Monday", "next week on Friday", "last week Sun"
            int wd = Is(k, "week") && Is(k + 1, "on") ? k + 2 : k + 1;
            if (Is(k, "week") && !article && IsWord(wd) && _lex.Weekdays.TryGetValue(Span(wd), out int dayOfWeek) && (IsCapitalized(wd) || Span(wd).Length > 3))
            {
                return RelativeWeekday(i, wd + 1, dayOfWeek, shift, false, out p);
            }

            // "the week after next"
            int end = k + 1;
            if (Is(k, "week") && article && shift == 0 && Is(k + 1, "after") && Is(k + 2, "next"))
            {
                (shift, end) = (2, k + 3);
            }

            if (nearest && !Is(i, "this"))
            {
                shift = shift > 0 ? 1 : -1;
            }

            return RelativePeriod(i, end, k, shift, out p);
        }

        if (IsWord(k) && _lex.Weekdays.TryGetValue(Span(k), out int weekday) && (IsCapitalized(k) || Span(k).Length > 3))
        {
            // "this Friday, July 10, 2020": the date decides
            int d = IsSym(k + 1, ',') ? k + 2 : k + 1;
            if (shift == 0 && !nearest && (IsDigits(d) || IsMonthWord(d, out _)) && TryDatePoint(d, true, out DatePoint dated) && dated.Value.Granularity == DateGranularity.Day)
            {
                p = dated;
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

        if (!article && IsWord(k) && _lex.Months.TryGetValue(Span(k), out int month) && Span(k).Length >= 3 && (IsCapitalized(k) || month is not (3 or 5)))
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

    /// <summary>"the first week of 2015", "the third quarter of 2016", "the first Friday of July", "last week of Dec 2016".</summary>
    private bool TryOrdinalOf(int i, out DatePoint p)
    {
        p = default;
        int k = Is(i, "the") ? i + 1 : i;
        int n;
        if (Is(k, "last"))
        {
            n = -1;
        }
        else if (IsWord(k) && _lex.Ordinals.TryGetValue(Span(k), out n))
        {
        }
        else if (IsDigits(k) && Length(k) == 1 && IsWord(k + 1) && Adjacent(k + 1) && (IsAny(k + 1, "st", "nd") || IsAny(k + 1, "rd", "th")))
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
        if (!(IsAny(unit, "week", "quarter") || IsAny(unit, "qtr", "half") || IsWord(unit) && _lex.Weekdays.TryGetValue(Span(unit), out weekday) && Span(unit).Length > 3))
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

        if (!IsWord(k) || !_lex.Holidays.TryGetValue(Span(k), out Phrase<string>[]? phrases))
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
                p = new DatePoint { Value = DateValue.OfDay(Holiday(phrase.Value, year)), End = end + 1, Year = year };
                return true;
            }

            if (!HasReference)
            {
                p = new DatePoint { Value = Unresolved(i, end, DateGranularity.Day), End = end, Relative = true };
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
                day = tense > 0 || relative ? future : tense < 0 ? past : (r.DayNumber - past.DayNumber) * 2 <= (future.DayNumber - r.DayNumber) * 4 + 1 ? past : future;
            }

            p = new DatePoint { Value = DateValue.OfDay(day), End = end, Relative = true };
            return true;
        }

        return false;
    }

    /// <summary>The day of a holiday rule (Definitions/holidays.txt) in a year.</summary>
    private static DateOnly Holiday(string rule, int year)
    {
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
        var first = new DateOnly(year, month, 1);
        if (nth < 0)
        {
            DateOnly last = first.AddMonths(1).AddDays(-1);
            return last.AddDays(-((IsoDay(last) - weekday + 7) % 7));
        }

        return first.AddDays(((weekday - IsoDay(first) + 7) % 7) + (7 * (nth - 1)));
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
            ReadOnlySpan<char> w = Span(k);
            string[] names = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
            for (int n = 0; n < names.Length; n++)
            {
                if (w.Equals(names[n], StringComparison.OrdinalIgnoreCase))
                {
                    decade = (n + 2) * 10;
                }
            }

            if (w.Equals("noughties", StringComparison.OrdinalIgnoreCase))
            {
                decade = 100;
            }
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
            : Is(unit, "quarter") ? DateGranularity.Quarter : DateGranularity.Year;
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
        else if (Is(unit, "quarter"))
        {
            int q = ((r.Month - 1) / 3) + shift;
            int year = r.Year + (int)Math.Floor(q / 4.0);
            value = Quarter(year, (((q % 4) + 4) % 4) + 1);
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
        if (!_lex.Weekdays.TryGetValue(Span(i), out int weekday))
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
        if (In(k) && (IsWord(k) && _lex.Months.TryGetValue(Span(k), out _) || IsDigits(k)) && TryDatePoint(k, true, out DatePoint dated)
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

        // A bare weekday: the last one in a past sentence, the next one in a future one (the past when unknown).
        int tense = TenseAt(i);
        DateOnly reference = Reference;
        int delta = tense > 0 ? (weekday - IsoDay(reference) + 7) % 7 : -((IsoDay(reference) - weekday + 7) % 7);
        p = new DatePoint { Value = DateValue.OfDay(reference.AddDays(delta)), End = i + 1, Relative = true };
        return true;
    }

    private bool IsMonthWord(int i, out int month)
    {
        month = 0;
        if (!IsWord(i) || !_lex.Months.TryGetValue(Span(i), out month))
        {
            return false;
        }

        return true;
    }

    private static bool IsDateContextWord(ReadOnlySpan<char> w) =>
        w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("since", StringComparison.OrdinalIgnoreCase)
        || w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase)
        || w.Equals("till", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
        || w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("after", StringComparison.OrdinalIgnoreCase)
        || w.Equals("during", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)
        || w.Equals("year", StringComparison.OrdinalIgnoreCase) || w.Equals("early", StringComparison.OrdinalIgnoreCase)
        || w.Equals("late", StringComparison.OrdinalIgnoreCase) || w.Equals("mid", StringComparison.OrdinalIgnoreCase)
        || w.Equals("throughout", StringComparison.OrdinalIgnoreCase) || w.Equals("through", StringComparison.OrdinalIgnoreCase)
        || w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("between", StringComparison.OrdinalIgnoreCase)
        || w.Equals("on", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)
        || w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase)
        || w.Equals("or", StringComparison.OrdinalIgnoreCase) || w.Equals("last", StringComparison.OrdinalIgnoreCase)
        || w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase)
        || w.Equals("spring", StringComparison.OrdinalIgnoreCase) || w.Equals("summer", StringComparison.OrdinalIgnoreCase)
        || w.Equals("autumn", StringComparison.OrdinalIgnoreCase) || w.Equals("winter", StringComparison.OrdinalIgnoreCase)
        || w.Equals("fall", StringComparison.OrdinalIgnoreCase) || w.Equals("fiscal", StringComparison.OrdinalIgnoreCase)
        || w.Equals("around", StringComparison.OrdinalIgnoreCase) || w.Equals("circa", StringComparison.OrdinalIgnoreCase)
        || w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("as", StringComparison.OrdinalIgnoreCase);

    /// <summary>A year written as four digits or, after "of", two ("15 April of 87").</summary>
    private bool TryYearDigits(int k, bool twoDigitsAllowed, out int year)
    {
        year = 0;
        if (!IsDigits(k) || (IsWord(k + 1) && Adjacent(k + 1) && !IsAny(k + 1, "s", "st")) || (IsSym(k + 1, ',') && IsDigits(k + 2) && Adjacent(k + 2)))
        {
            return false;
        }

        if (Length(k) == 4 && Number(k) is >= 1000 and <= 2999)
        {
            year = (int)Number(k);
            return !(IsSym(k + 1, ':') || IsSym(k + 1, '%'));
        }

        if (twoDigitsAllowed && Length(k) == 2)
        {
            int yy = (int)Number(k);
            year = yy <= 50 ? 2000 + yy : 1900 + yy;
            return true;
        }

        return false;
    }

    private DatePoint DayPoint(int year, int month, int day, int end, int tenseToken, int start)
    {
        if (year == 0)
        {
            if (!HasReference)
            {
                string expression = string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}");
                return new DatePoint { Value = DateValue.Unresolved(DateGranularity.Day, expression), End = end, Month = month, Day = day };
            }

            year = PickYear(month, day, TenseAt(tenseToken));
            if (!ValidDay(year, month, day))
            {
                string expression = string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}");
                return new DatePoint { Value = DateValue.Unresolved(DateGranularity.Day, expression), End = end, Month = month, Day = day };
            }

            return new DatePoint { Value = DateValue.OfDay(new DateOnly(year, month, day)) with { IsYearInferred = true }, End = end, Month = month, Day = day };
        }

        _ = start;
        return new DatePoint { Value = DateValue.OfDay(new DateOnly(year, month, day)), End = end, Year = year, Month = month, Day = day };
    }

    private DatePoint MonthPoint(int year, int month, int end, int tenseToken, int start)
    {
        if (year == 0)
        {
            if (!HasReference)
            {
                string expression = string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}");
                return new DatePoint { Value = DateValue.Unresolved(DateGranularity.Month, expression), End = end, Month = month };
            }

            year = PickYear(month, 0, TenseAt(tenseToken));
            return new DatePoint { Value = DateValue.OfMonth(year, month) with { IsYearInferred = true }, End = end, Month = month };
        }

        _ = start;
        return new DatePoint { Value = DateValue.OfMonth(year, month), End = end, Year = year, Month = month };
    }

    /// <summary>Reads a day of the month at <paramref name="k"/>: "16", "16th", "the 16th", "sixteenth", "twenty second".</summary>
    private bool TryDayOfMonth(int k, out int day, out int end)
    {
        day = 0;
        end = k;
        int j = Is(k, "the") ? k + 1 : k;
        if (IsDigits(j) && Length(j) <= 2 && Number(j) is >= 1 and <= 31)
        {
            day = (int)Number(j);
            end = j + 1;
            if (IsWord(end) && Adjacent(end) && (IsAny(end, "st", "nd") || IsAny(end, "rd", "th")))
            {
                end++;
            }
            else if (j > k)
            {
                return true;
            }

            return !IsSym(end, ':') && !(IsWord(end) && Adjacent(end));
        }

        if (IsWord(j) && _lex.NumberWords.TryGetValue(Span(j), out int tens) && tens is 20 or 30 && IsWord(j + 1) && _lex.Ordinals.TryGetValue(Span(j + 1), out int unit) && unit < 10)
        {
            day = tens + unit;
            end = j + 2;
            return day <= 31;
        }

        if (IsWord(j) && _lex.Ordinals.TryGetValue(Span(j), out int ordinal) && ordinal <= 31)
        {
            day = ordinal;
            end = j + 1;
            return true;
        }

        return false;
    }

    private bool TryMonthFirst(int i, bool dateContext, out DatePoint p)
    {
        p = default;
        if (!IsMonthWord(i, out int month))
        {
            return false;
        }

        ReadOnlySpan<char> w = Span(i);
        int k = i + 1;
        if (IsSym(k, '.') && Adjacent(k) && IsDigits(k + 1))
        {
            k++; // "Oct. 2"; a full stop before anything else ends the sentence
        }
        else if (IsSym(k, ',') && IsDigits(k + 1) && Length(k + 1) <= 2 && IsWord(k + 2) && Adjacent(k + 2) && (IsAny(k + 2, "st", "nd") || IsAny(k + 2, "rd", "th")))
        {
            k++; // "October, 1st"
        }

        bool ambiguous = month is 3 or 5 || w.Length == 3 && (Is(i, "mar") || Is(i, "jan")) || Is(i, "dec") || Is(i, "sep");
        // "July 16, 2020", "Oct2", "Feb 29th", "june the 28th", "April ninth"
        int dayStart = IsSym(k, '/') && Adjacent(k) ? k + 1 : k;
        if (TryDayOfMonth(dayStart, out int day, out int afterDay))
        {
            if (IsDigits(dayStart) && (IsSym(afterDay, '%') || IsSym(afterDay, ':') || (IsWord(afterDay) && _lex.Scales.TryGetValue(Span(afterDay), out _) && Span(afterDay).Length > 2)))
            {
                return false;
            }

            if (ambiguous && !IsCapitalized(i) && !dateContext && !IsDateContext(i))
            {
                return false;
            }

            int y = afterDay;
            if (IsSym(y, ','))
            {
                y++;
            }

            if (Is(y, "of") || Is(y, "in"))
            {
                y++;
            }

            if (TryYearDigits(y, false, out int year))
            {
                if (!ValidDay(year, month, day))
                {
                    return false;
                }

                p = DayPoint(year, month, day, y + 1, i, i);
                return true;
            }

            if (IsAny(y, "nineteen", "twenty") && TryNumberWords(y, out ParsedNumber spoken) && spoken.Value is >= 1000 and <= 2999)
            {
                p = DayPoint((int)spoken.Value, month, day, spoken.End, i, i);
                return ValidDay((int)spoken.Value, month, day) || (p = default).End != 0;
            }

            if (day > DateTime.DaysInMonth(2000, month))
            {
                p = new DatePoint { Value = DateValue.Unresolved(DateGranularity.Day, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}")), End = afterDay, Month = month, Day = day };
                return true;
            }

            p = DayPoint(0, month, day, afterDay, i, i);
            return true;
        }

        // "November 2018", "june of 1992", "Dec-2018", "Dec/2018", "August two thousand and fifteen"
        int m = k;
        if (IsSym(m, ',') || Is(m, "of") || Is(m, "in") && IsDigits(m + 1) || (IsDash(m) || IsSym(m, '/')) && Adjacent(m))
        {
            m++;
        }

        if (TryYearDigits(m, false, out int monthYear))
        {
            if (ambiguous && !IsCapitalized(i) && !dateContext && !IsDateContext(i))
            {
                return false;
            }

            p = MonthPoint(monthYear, month, m + 1, i, i);
            return true;
        }

        if (IsAny(m, "two", "nineteen") && TryNumberWords(m, out ParsedNumber spokenYear) && spokenYear.Value is >= 1000 and <= 2999 && spokenYear.IsInteger)
        {
            p = MonthPoint((int)spokenYear.Value, month, spokenYear.End, i, i);
            return true;
        }

        // A bare month: "in June", "since March", "April" capitalised in running text.
        if (w.Length < 3 || Adjacent(i) && IsDigits(i - 1))
        {
            return false;
        }

        bool context = dateContext || IsDateContext(i);
        if (ambiguous ? !(IsCapitalized(i) && context) && !(context && !Is(i, "may") && !Is(i, "march")) : !(IsCapitalized(i) || context))
        {
            return false;
        }

        if (month == 5 && IsCapitalized(i) && i == 0 && !dateContext)
        {
            return false;
        }

        p = MonthPoint(0, month, k, i, i);
        return true;
    }

    private bool IsDateContext(int i) => i > 0 && IsWord(i - 1) && IsDateContextWord(Span(i - 1)) || (i > 0 && IsDash(i - 1));

    private bool TryDayFirst(int i, out DatePoint p)
    {
        p = default;
        if (!TryDayOfMonth(i, out int day, out int k) && !(IsDigits(i) && Length(i) <= 2 && Number(i) is >= 1 and <= 31 && (k = i + 1) > 0 && (day = (int)Number(i)) > 0))
        {
            return false;
        }

        if (IsDigits(i) && Adjacent(i) && (IsWord(i - 1) || IsDigits(i - 1)))
        {
            return false;
        }

        int m = Is(k, "of") ? k + 1 : k;
        if (IsDash(m) && Adjacent(m))
        {
            m++;
        }

        if (!IsMonthWord(m, out int month))
        {
            return false;
        }

        int y = m + 1;
        int afterMonth = y;
        if (IsSym(y, '.') && Adjacent(y) && Span(m).Length <= 4 && IsDigits(y + 1))
        {
            y++;
        }

        if (IsSym(y, ',') || IsDash(y) && Adjacent(y))
        {
            y++;
        }

        bool of = Is(y, "of");
        if (of || Is(y, "in") && IsDigits(y + 1) && Length(y + 1) == 4)
        {
            y++;
        }

        if (TryYearDigits(y, of, out int year) && ValidDay(year, month, day))
        {
            p = DayPoint(year, month, day, y + 1, i, i);
            return true;
        }

        if (IsAny(y, "nineteen", "twenty") || IsAny(y, "two", "seventeen") || Is(y, "eighteen"))
        {
            int spokenYear = 0;
            int spokenEnd = 0;
            if (TryNumberWords(y, out ParsedNumber spoken) && spoken.Value is >= 1000 and <= 2999)
            {
                (spokenYear, spokenEnd) = ((int)spoken.Value, spoken.End);
            }
            else if (_lex.NumberWords.TryGetValue(Span(y), out int century) && Is(y + 1, "hundred") && TryNumberWords(y + 2, out ParsedNumber rest) && rest.Value < 100)
            {
                (spokenYear, spokenEnd) = ((century * 100) + (int)rest.Value, rest.End);
            }

            if (spokenYear > 0 && ValidDay(spokenYear, month, day))
            {
                p = DayPoint(spokenYear, month, day, spokenEnd, i, i);
                return true;
            }
        }

        if (day > DateTime.DaysInMonth(2000, month))
        {
            return false;
        }

        p = DayPoint(0, month, day, afterMonth, i, i);
        return true;
    }

    private bool TryNumericDate(int i, bool dateContext, out DatePoint p)
    {
        p = default;
        if (Adjacent(i) && (IsDigits(i - 1) || IsWord(i - 1) || (In(i - 1) && (IsSym(i - 1, '/') || IsSym(i - 1, '.') || IsSym(i - 1, ':')) && Adjacent(i - 1))))
        {
            return false;
        }

        if (!dateContext && Adjacent(i) && IsDash(i - 1) && i >= 2 && IsDigits(i - 2) && Adjacent(i - 1))
        {
            return false;
        }

        int s1 = i + 1;
        if (!In(s1) || !Adjacent(s1) || !(IsDash(s1) || IsSym(s1, '/') || IsSym(s1, '.')))
        {
            // "2016 / 11", "11 - 2016": spaced, a year and a month
            return false;
        }

        char sep = _text[_tokens[s1].Start];
        int b = s1 + 1;
        if (!Adjacent(b))
        {
            return false;
        }

        int monthWord = 0;
        bool bIsMonthWord = IsWord(b) && _lex.Months.TryGetValue(Span(b), out monthWord);
        if (!IsDigits(b) && !bIsMonthWord)
        {
            return false;
        }

        int s2 = b + 1;
        bool three = In(s2) && Adjacent(s2) && In(s2 + 1) && Adjacent(s2 + 1) && _text[_tokens[s2].Start] == sep && IsDigits(s2 + 1);
        if (three && In(s2 + 2) && Adjacent(s2 + 2) && (IsDigits(s2 + 2) || (_text[_tokens[s2 + 2].Start] == sep && IsDigits(s2 + 3) && Adjacent(s2 + 3)) || IsSym(s2 + 2, ':')))
        {
            return false; // "123-12-1234-5", "133-03-03-2020": a code
        }

        long a = Number(i);
        int la = Length(i);
        if (three)
        {
            int c = s2 + 1;
            long cv = Number(c);
            int lc = Length(c);
            int year;
            int month;
            int day;
            if (la == 4)
            {
                (year, month, day) = ((int)a, bIsMonthWord ? monthWord : (int)Number(b), (int)cv);
                if (lc > 2)
                {
                    return false;
                }
            }
            else if (lc == 4 || lc == 2)
            {
                if (la > 2)
                {
                    return false;
                }

                year = lc == 4 ? (int)cv : ((int)cv <= 50 ? 2000 + (int)cv : 1900 + (int)cv);
                if (bIsMonthWord)
                {
                    (month, day) = (monthWord, (int)a);
                }
                else if (a > 12 || sep == '.' && Number(b) <= 12)
                {
                    (month, day) = ((int)Number(b), (int)a);
                }
                else
                {
                    (month, day) = ((int)a, (int)Number(b));
                }
            }
            else
            {
                return false;
            }

            if (!ValidDay(year, month, day))
            {
                return false;
            }

            p = DayPoint(year, month, day, c + 1, i, i);
            return true;
        }

        if (bIsMonthWord)
        {
            return false;
        }

        long bv = Number(b);
        int lb = Length(b);
        // "11/2016": a month and a year
        if (la <= 2 && lb == 4 && sep is '/' or '-' && a is >= 1 and <= 12 && bv is >= 1000 and <= 2999)
        {
            p = MonthPoint((int)bv, (int)a, b + 1, i, i);
            return true;
        }

        // "2015-12", "2016/11": a year and a month
        if (la == 4 && lb <= 2 && sep is '-' or '/' && bv is >= 1 and <= 12 && a is >= 1000 and <= 2999)
        {
            p = MonthPoint((int)a, (int)bv, b + 1, i, i);
            return true;
        }

        // "4/22", "10/25", "4.22" (after "on"): month and day, US order, where the words around say date.
        if (la <= 2 && lb <= 2 && a is >= 1 and <= 12 && bv is >= 1 and <= 31 && (sep == '/' || sep == '.' && Is(i - 1, "on")))
        {
            bool context = dateContext || i == 0 && b + 1 == _count || In(i - 1) && (IsAny(i - 1, "on", "from") || IsAny(i - 1, "to", "for") || IsAny(i - 1, "until", "by")
                || IsAny(i - 1, "or", "and") || IsSym(i - 1, ',') || (IsWord(i - 1) && _lex.Weekdays.TryGetValue(Span(i - 1), out _)) || Is(i - 1, "be") || Is(i - 1, "back"));
            if (!context || IsSym(b + 1, '%'))
            {
                return false;
            }

            // "08/12,2015"
            int end = b + 1;
            int year = 0;
            if (IsSym(end, ',') && IsDigits(end + 1) && Length(end + 1) == 4)
            {
                year = (int)Number(end + 1);
                end += 2;
            }

            if (year == 0 && !ValidDay(2000, (int)a, (int)bv))
            {
                return false;
            }

            p = DayPoint(year, (int)a, (int)bv, end, i, i);
            return true;
        }

        return false;
    }

    private bool TryYear(int i, bool dateContext, out DatePoint p)
    {
        p = default;
        if (Length(i) != 4 || Number(i) is < 1000 or > 2999)
        {
            return false;
        }

        int year = (int)Number(i);
        // The 1990s, 1990's
        if (year % 10 == 0 && (Is(i + 1, "s") && Adjacent(i + 1) || (IsSym(i + 1, '\'') || IsSym(i + 1, '’')) && Adjacent(i + 1) && Is(i + 2, "s") && Adjacent(i + 2)))
        {
            int end = Is(i + 1, "s") ? i + 2 : i + 3;
            p = new DatePoint { Value = new DateValue(new DateOnly(year, 1, 1), new DateOnly(year + 10, 1, 1), DateGranularity.Decade), End = end, Year = year };
            return true;
        }

        if (Adjacent(i) && (IsWord(i - 1) || IsDigits(i - 1)) || IsWord(i + 1) && Adjacent(i + 1))
        {
            return false;
        }

        if (Adjacent(i) && In(i - 1) && _tokens[i - 1].Kind == ValueTokenKind.Symbol && _lex.Currencies.TryGetValue(Span(i - 1), out _))
        {
            return false;
        }

        int k = i + 1;
        if (IsSym(k, '%') || IsSym(k, ':') || IsSym(k, '.') && Adjacent(k) && IsDigits(k + 1) || IsSym(k, ',') && Adjacent(k) && IsDigits(k + 1))
        {
            return false;
        }

        if (IsWord(k) && (_lex.Scales.TryGetValue(Span(k), out _) && Span(k).Length > 2 || _lex.TimeUnits.TryGetValue(Span(k), out _) || IsAny(k, "percent", "people")
            || _lex.Currencies.TryGetValue(Span(k), out _)))
        {
            return false;
        }

        // "2016 November", "2017 april", "2016, nov"
        int m = IsSym(k, ',') ? k + 1 : k;
        if (IsMonthWord(m, out int month) && Span(m).Length >= 3 && !Is(m, "may") && !Is(m, "march"))
        {
            p = MonthPoint(year, month, m + 1, i, i);
            return true;
        }

        bool yearWord = Is(i - 1, "year");
        bool context = dateContext || yearWord || IsDateContext(i) || (i > 0 && IsSym(i - 1, '(')) || (_count == 1);
        bool inRange = year is >= 1900 and <= 2099;
        bool followedByRange = (IsDash(k) || IsAny(k, "to", "through")) && IsDigits(k + 1)
            && ((Length(k + 1) == 2 && Adjacent(k) && Adjacent(k + 1) && Number(k + 1) > year % 100) || (Length(k + 1) == 4 && Number(k + 1) is >= 1900 and <= 2099 && Number(k + 1) > year));
        if (!(yearWord || (inRange && (context || followedByRange))))
        {
            return false;
        }

        if (Is(i - 1, "the") && !yearWord && !followedByRange)
        {
            return false;
        }

        p = new DatePoint { Value = DateValue.OfYear(year), End = i + 1, Year = year };
        return true;
    }

    private bool TryCentury(int i, out DatePoint p)
    {
        p = default;
        int n;
        int k;
        if (IsDigits(i) && Length(i) <= 2 && IsWord(i + 1) && Adjacent(i + 1) && (IsAny(i + 1, "st", "nd") || IsAny(i + 1, "rd", "th")))
        {
            (n, k) = ((int)Number(i), i + 2);
        }
        else if (IsWord(i) && _lex.Ordinals.TryGetValue(Span(i), out n))
        {
            k = i + 1;
        }
        else
        {
            return false;
        }

        if (!Is(k, "century") || n is < 1 or > 30)
        {
            return false;
        }

        p = new DatePoint { Value = Span(new DateOnly((n - 1) * 100 + (n == 1 ? 1 : 0), 1, 1), new DateOnly(n * 100, 1, 1), DateGranularity.Range), End = k + 1 };
        return true;
    }

    private string? SeasonCode(int i) => Is(i, "spring") ? "SP" : Is(i, "summer") ? "SU" : IsAny(i, "autumn", "fall") ? "FA" : Is(i, "winter") ? "WI" : null;

    private bool TrySeason(int i, out DatePoint p)
    {
        p = default;
        string? code = SeasonCode(i);
        if (code is null || (Is(i, "fall") && !IsDateContext(i)) || !(IsDateContext(i) || IsCapitalized(i) || Is(i - 1, "whole")))
        {
            return false;
        }

        if (TryYearDigits(i + 1, false, out int year))
        {
            p = new DatePoint { Value = DateValue.Unresolved(DateGranularity.Quarter, year.ToString(CultureInfo.InvariantCulture) + "-" + code), End = i + 2, Year = year };
            return true;
        }

        p = new DatePoint { Value = DateValue.Unresolved(DateGranularity.Quarter, code), End = i + 1, Relative = true };
        return true;
    }
}
