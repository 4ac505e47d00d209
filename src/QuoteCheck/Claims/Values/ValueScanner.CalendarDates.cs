using System.Globalization;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// Calendar dates written out: month and day (<c>July 16, 2020</c>, <c>16 July</c>), month and year
/// (<c>November 2018</c>), numeric forms (<c>4/22</c>, <c>2018-09-23</c>), years in date context,
/// decades, centuries and seasons.
/// </summary>
internal sealed partial class ValueScanner
{
    private bool IsMonthWord(int i, out int month)
    {
        month = 0;
        if (!IsWord(i) || !Find(_lex.Months, ValueWordFlags.Month, i, out month))
        {
            return false;
        }

        return true;
    }

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

    /// <summary>
    /// A year written in words, 1000 to 2999: a century word and two digits' worth ("nineteen ninety-eight",
    /// "twenty twenty", "nineteen oh five", "nineteen zero one"), a century and "hundred" ("nineteen hundred
    /// and three", "nineteen hundred"), or thousands ("two thousand and five", "two thousand").
    /// <paramref name="thousands"/> tells which form was read: "two thousand ..." is as often a count.
    /// </summary>
    private bool TrySpokenYear(int k, out int year, out int end, out bool thousands)
    {
        (year, end, thousands) = (0, k, false);
        if (!IsWord(k) || !Find(_lex.NumberWords, ValueWordFlags.NumberWord, k, out int first))
        {
            return false;
        }

        if (first is 1 or 2 && Is(k + 1, "thousand"))
        {
            if (!TryNumberWords(k, out ParsedNumber spoken) || !spoken.IsInteger || spoken.Value is < 1000 or > 2999)
            {
                return false;
            }

            (year, end, thousands) = ((int)spoken.Value, spoken.End, true);
            return true;
        }

        if (first is < 10 or > 20 || (IsDash(k + 1) && Adjacent(k + 1)))
        {
            return false;
        }

        if (Is(k + 1, "hundred"))
        {
            int rest = Is(k + 2, "and") ? k + 3 : k + 2;
            if (TryTwoDigitWords(rest, true, out int tail, out int after))
            {
                (year, end) = ((first * 100) + tail, after);
            }
            else if (rest == k + 2)
            {
                (year, end) = (first * 100, k + 2); // "nineteen hundred"
            }
            else
            {
                return false;
            }

            return year >= 1000;
        }

        if (first < 17)
        {
            return false; // "twelve fifteen", "eleven fifty" are times of day as often as years
        }

        if (IsAny(k + 1, "oh", "zero") && IsWord(k + 2) && Find(_lex.NumberWords, ValueWordFlags.NumberWord, k + 2, out int unit) && unit is > 0 and < 10)
        {
            (year, end) = ((first * 100) + unit, k + 3); // "nineteen oh five"
            return true;
        }

        if (TryTwoDigitWords(k + 1, false, out int pair, out int pairEnd))
        {
            (year, end) = ((first * 100) + pair, pairEnd);
            return true;
        }

        return false;
    }

    /// <summary>A number from 10 to 99 in words ("fifteen", "ninety-eight", "ninety eight", "forty"), or from 1 when <paramref name="units"/> is set.</summary>
    private bool TryTwoDigitWords(int k, bool units, out int value, out int end)
    {
        (value, end) = (0, k);
        if (!IsWord(k) || !Find(_lex.NumberWords, ValueWordFlags.NumberWord, k, out int v) || v == 0 || (v < 10 && !units))
        {
            return false;
        }

        (value, end) = (v, k + 1);
        if (v >= 20)
        {
            int u = IsDash(k + 1) && Adjacent(k + 1) && Adjacent(k + 2) ? k + 2 : k + 1;
            if (IsWord(u) && Find(_lex.NumberWords, ValueWordFlags.NumberWord, u, out int digit) && digit is > 0 and < 10)
            {
                (value, end) = (v + digit, u + 1);
            }
        }

        return true;
    }

    /// <summary>
    /// A year in words where the words around say date: after a month or a day, or after "in", "since", "of"…
    /// The thousands form ("two thousand and five") is taken only when no word follows it ("in two thousand
    /// and five" against "in two thousand homes").
    /// </summary>
    private bool TrySpokenYearPoint(int i, bool dateContext, out DatePoint p)
    {
        p = default;
        if (!(dateContext || IsDateContext(i)) || !TrySpokenYear(i, out int year, out int end, out bool thousands)
            || (thousands && (IsWord(end) || Is(i - 1, "the"))))
        {
            return false;
        }

        p = new DatePoint { Value = DateValue.OfYear(year), End = end, Year = year };
        return true;
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

            // Made with its flag, not copied from a day made first: one value, not two, for every date without a year.
            var inferred = new DateOnly(year, month, day);
            return new DatePoint { Value = new DateValue(inferred, inferred.AddDays(1), DateGranularity.Day) { IsYearInferred = true }, End = end, Month = month, Day = day };
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
            var first = new DateOnly(year, month, 1); // the month made with its flag, as a day is above
            return new DatePoint { Value = new DateValue(first, first.AddMonths(1), DateGranularity.Month) { IsYearInferred = true }, End = end, Month = month };
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

        if (IsWord(j) && Find(_lex.NumberWords, ValueWordFlags.NumberWord, j, out int tens) && tens is 20 or 30 && IsWord(j + 1) && Find(_lex.Ordinals, ValueWordFlags.Ordinal, j + 1, out int unit) && unit < 10)
        {
            day = tens + unit;
            end = j + 2;
            return day <= 31;
        }

        if (IsWord(j) && Find(_lex.Ordinals, ValueWordFlags.Ordinal, j, out int ordinal) && ordinal <= 31)
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
            if (IsDigits(dayStart) && (IsSym(afterDay, '%') || IsSym(afterDay, ':') || (IsWord(afterDay) && Find(_lex.Scales, ValueWordFlags.Scale, afterDay, out _) && Span(afterDay).Length > 2)))
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

            if (TrySpokenYear(y, out int spokenYear, out int spokenEnd, out _))
            {
                p = DayPoint(spokenYear, month, day, spokenEnd, i, i);
                return ValidDay(spokenYear, month, day) || (p = default).End != 0;
            }

            // "march 3" in lower case, without a year, is as likely a verb and a count
            if (ambiguous && !IsCapitalized(i) && !dateContext && !IsDateContext(i))
            {
                return false;
            }

            if (day > DateTime.DaysInMonth(2000, month))
            {
                p = new DatePoint { Value = DateValue.Unresolved(DateGranularity.Day, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}")), End = afterDay, Month = month, Day = day };
                return true;
            }

            p = DayPoint(0, month, day, afterDay, i, i);
            return true;
        }

        // "June of next year", "March of last year", "May of this year"
        if (Is(k, "of") && (IsAny(k + 1, "next", "last") || Is(k + 1, "this")) && Is(k + 2, "year") && HasReference)
        {
            int shift = Is(k + 1, "next") ? 1 : Is(k + 1, "last") ? -1 : 0;
            p = new DatePoint { Value = DateValue.OfMonth(Reference.Year + shift, month), End = k + 3, Month = month, Relative = true };
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

        if (TrySpokenYear(m, out int spokenMonthYear, out int spokenMonthEnd, out _))
        {
            p = MonthPoint(spokenMonthYear, month, spokenMonthEnd, i, i);
            return true;
        }

        // A bare month: "in June", "since March", "April" capitalised in running text.
        if (w.Length < 3 || Adjacent(i) && IsDigits(i - 1))
        {
            return false;
        }

        // "May to March", "May-September": a capitalised month with a range to another month after it
        bool context = dateContext || IsDateContext(i) || (IsCapitalized(i) && (IsAny(k, "to", "through") || IsDash(k) || IsAny(k, "till", "until")) && IsMonthWord(k + 1, out _) && IsCapitalized(k + 1));
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

    private bool IsDateContext(int i) => Has(i - 1, ValueWordFlags.DateContext) || (i > 0 && IsDash(i - 1));

    private bool TryDayFirst(int i, out DatePoint p)
    {
        p = default;
        bool cardinal = false;
        if (!TryDayOfMonth(i, out int day, out int k) && !(IsDigits(i) && Length(i) <= 2 && Number(i) is >= 1 and <= 31 && (k = i + 1) > 0 && (day = (int)Number(i)) > 0))
        {
            // "fifteen August 1993": a cardinal word for the day, before a month
            if (!TryTwoDigitWords(i, true, out day, out k) || day > 31 || !IsMonthWord(Is(k, "of") ? k + 1 : k, out _))
            {
                return false;
            }

            cardinal = true;
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

        if (TrySpokenYear(y, out int spokenYear, out int spokenEnd, out _) && ValidDay(spokenYear, month, day))
        {
            p = DayPoint(spokenYear, month, day, spokenEnd, i, i);
            return true;
        }

        if (day > DateTime.DaysInMonth(2000, month) || (cardinal && !(IsCapitalized(m) && Span(m).Length > 3 && !Is(m, "march"))))
        {
            return false; // without a year, "two March rallies" is a count
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
        bool bIsMonthWord = IsWord(b) && Find(_lex.Months, ValueWordFlags.Month, b, out monthWord);
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
                || IsAny(i - 1, "or", "and") || IsSym(i - 1, ',') || (IsWord(i - 1) && Find(_lex.Weekdays, ValueWordFlags.Weekday, i - 1, out _)) || Is(i - 1, "be") || Is(i - 1, "back"));
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

        if (Adjacent(i) && In(i - 1) && _tokens[i - 1].Kind == ValueTokenKind.Symbol && Find(_lex.Currencies, ValueWordFlags.Currency, i - 1, out _))
        {
            return false;
        }

        int k = i + 1;
        if (IsSym(k, '%') || IsSym(k, ':') || IsSym(k, '.') && Adjacent(k) && IsDigits(k + 1) || IsSym(k, ',') && Adjacent(k) && IsDigits(k + 1))
        {
            return false;
        }

        if (IsWord(k) && (Find(_lex.Scales, ValueWordFlags.Scale, k, out _) && Span(k).Length > 2 || Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, k, out _) || IsAny(k, "percent", "people")
            || Find(_lex.Currencies, ValueWordFlags.Currency, k, out _)))
        {
            return false;
        }

        // "2016 November", "2017 april", "2016, nov", "2016 Nov 7"
        int m = IsSym(k, ',') ? k + 1 : k;
        if (IsMonthWord(m, out int month) && Span(m).Length >= 3 && !Is(m, "may") && !Is(m, "march"))
        {
            if (IsDigits(m + 1) && Length(m + 1) <= 2 && ValidDay(year, month, (int)Number(m + 1)) && !(IsWord(m + 2) && Adjacent(m + 2)) && !IsSym(m + 2, ':'))
            {
                p = DayPoint(year, month, (int)Number(m + 1), m + 2, i, i);
                return true;
            }

            p = MonthPoint(year, month, m + 1, i, i);
            return true;
        }

        bool yearWord = Is(i - 1, "year");
        bool context = dateContext || yearWord || IsDateContext(i) || (i > 0 && IsSym(i - 1, '(')) || (_count == 1);
        bool inRange = year is >= 1900 and <= 2099;
        bool followedByRange = (IsDash(k) || IsAny(k, "to", "through") || (IsSym(k, '/') && Adjacent(k) && Adjacent(k + 1))) && IsDigits(k + 1)
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
        else if (IsWord(i) && Find(_lex.Ordinals, ValueWordFlags.Ordinal, i, out n))
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

    /// <summary>
    /// "fiscal year 2008", "fiscal 2019", "FY2018", "FY 18": a fiscal year, given as its expression (<c>FY2008</c>),
    /// since when it starts depends on the organisation.
    /// </summary>
    private bool TryFiscalYear(int i, out DatePoint p)
    {
        p = default;
        int y;
        bool twoDigits = false;
        if (Is(i, "fiscal"))
        {
            y = Is(i + 1, "year") ? i + 2 : i + 1;
        }
        else if (Is(i, "fy") && _text[_tokens[i].Start] is 'F' && IsDigits(i + 1))
        {
            (y, twoDigits) = (i + 1, true);
        }
        else
        {
            return false;
        }

        if (!TryYearDigits(y, twoDigits, out int year))
        {
            return false;
        }

        p = new DatePoint { Value = DateValue.Unresolved(DateGranularity.Year, "FY" + year.ToString(CultureInfo.InvariantCulture)), End = y + 1, Year = year };
        return true;
    }

    private string? SeasonCode(int i) => Is(i, "spring") ? "SP" : Is(i, "summer") ? "SU" : IsAny(i, "autumn", "fall") ? "FA" : Is(i, "winter") ? "WI" : null;

    private bool TrySeason(int i, out DatePoint p)
    {
        p = default;
        int w = Is(i, "the") && Is(i + 2, "of") ? i + 1 : i;
        string? code = SeasonCode(w);
        if (code is null)
        {
            return false;
        }

        // "summer 2019", "the winter of 2020": a year makes a season of a lower-case word too
        int y = Is(w + 1, "of") ? w + 2 : w + 1;
        if ((!Is(w, "fall") || IsCapitalized(w) || IsDateContext(w) || w != i) && TryYearDigits(y, false, out int year))
        {
            p = new DatePoint { Value = DateValue.Unresolved(DateGranularity.Quarter, year.ToString(CultureInfo.InvariantCulture) + "-" + code), End = y + 1, Year = year };
            return true;
        }

        if (w != i || (Is(i, "fall") && !IsDateContext(i)) || !(IsDateContext(i) || IsCapitalized(i) || Is(i - 1, "whole")))
        {
            return false;
        }

        p = new DatePoint { Value = DateValue.Unresolved(DateGranularity.Quarter, code), End = i + 1, Relative = true };
        return true;
    }
}
