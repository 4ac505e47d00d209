namespace QuoteCheck.Claims.Values;

/// <summary>Figures: qualifiers, ranges, percentages, money, durations and plain counts.</summary>
internal sealed partial class ValueScanner
{
    /// <summary>A number with what it counts: nothing, per cent, or a currency.</summary>
    private struct Figure
    {
        public double Value;
        public string? Unit;
        public int End;
        public ParsedNumber Number;
    }

    /// <summary>A count of time units: "18 months", "nearly a decade", "three days".</summary>
    private struct TimeCount
    {
        public double Amount;
        public DurationUnit Unit;
        public int End;
    }

    private int TryFigureAt(int i)
    {
        int j = i;
        if (TryQualifier(i, out Qualifier qualifier, out int afterQualifier) && StartsFigure(afterQualifier))
        {
            if (TryDateCore(afterQualifier, false, out _))
            {
                return -1; // "about 2019-08-01": the date is read at its own token
            }

            j = afterQualifier;
        }
        else
        {
            qualifier = Qualifier.Exact;
        }

        // Durations come before plain numbers: "18 months" is a length of time, not a count of 18.
        if (TryTimeCount(j, qualifier != Qualifier.Exact, out TimeCount time))
        {
            // "1 year 2 months", "two hours and 30 minutes": one duration when the smaller unit measures the larger exactly.
            if (TryMoreCounts(time, out TimeCount second, out TimeCount third) is var more && more > time.End && third.Amount == 0
                && ExactlyIn(time.Unit, second.Unit) is > 0 and var factor)
            {
                time = new TimeCount { Amount = (time.Amount * factor) + second.Amount, Unit = second.Unit, End = more };
            }

            EmitDuration(i, time, qualifier);
            return time.End;
        }

        if (qualifier == Qualifier.Exact && (Is(i, "between") || Is(i, "from")) && TryFigure(i + 1, out Figure low))
        {
            int connector = low.End;
            bool ok = Is(i, "between") ? Is(connector, "and") : IsAny(connector, "to", "through") || IsDash(connector);
            if (ok && TryFigure(connector + 1, out Figure high) && high.Value >= low.Value && CompatibleUnits(ref low, high))
            {
                EmitRange(i, high.End, low, high);
                return high.End;
            }
        }

        // "equal to 5000": a range of one figure, both ends closed
        if (qualifier == Qualifier.Exact && Is(i, "equal") && Is(i + 1, "to") && TryFigure(i + 2, out Figure equal) && equal.Unit is null && !equal.Number.Ordinal
            && !(Is(equal.End, "or") && Has(equal.End + 1, ValueWordFlags.QualifierStart) && !(Is(equal.End + 2, "than") && StartsFigure(equal.End + 3))))
        {
            EmitRange(i, equal.End, equal, equal, "[]");
            return equal.End;
        }

        if (qualifier == Qualifier.Exact && TryVagueCount(i, out int vagueEnd))
        {
            return vagueEnd;
        }

        if (!TryFigure(j, out Figure figure))
        {
            return TryOrdinalCount(i);
        }

        int end = figure.End;
        if (qualifier == Qualifier.Exact)
        {
            // "10-12", "20 through 100", "5k-20k"
            int c = figure.End;
            if ((IsDash(c) || IsAny(c, "to", "through")) && TryFigure(c + 1, out Figure high) && high.Value > figure.Value
                && CompatibleUnits(ref figure, high) && !high.Number.Ordinal && !figure.Number.Ordinal)
            {
                EmitRange(i, high.End, figure, high);
                return high.End;
            }

        }

        if (qualifier is Qualifier.Exact or Qualifier.Approximately)
        {
            // "200 or more", "five hundred and more", "5000 or less"
            if (IsAny(end, "or", "and") && IsWord(end + 1) && !(Is(end + 2, "than") && StartsFigure(end + 3)))
            {
                if (IsAny(end + 1, "more", "greater") || IsAny(end + 1, "above", "higher") || Is(end + 1, "over"))
                {
                    qualifier = Qualifier.AtLeast;
                    end += 2;
                }
                else if (IsAny(end + 1, "less", "fewer") || IsAny(end + 1, "below", "lower") || Is(end + 1, "under"))
                {
                    qualifier = Qualifier.AtMost;
                    end += 2;
                }
            }
        }

        // "more than 5 and less than 10", "at least 20 but at most 30": two bounds make a range
        if (figure.Unit is null && qualifier is Qualifier.MoreThan or Qualifier.AtLeast or Qualifier.LessThan or Qualifier.AtMost
            && (IsAny(end, "and", "but") || IsSym(end, ',')) && TryQualifier(end + 1, out Qualifier other, out int otherStart)
            && (qualifier is Qualifier.MoreThan or Qualifier.AtLeast) == (other is Qualifier.LessThan or Qualifier.AtMost)
            && TryFigure(otherStart, out Figure bound) && bound.Unit is null && !bound.Number.Ordinal)
        {
            Figure lower = qualifier is Qualifier.MoreThan or Qualifier.AtLeast ? figure : bound;
            Figure upper = qualifier is Qualifier.MoreThan or Qualifier.AtLeast ? bound : figure;
            if (upper.Value >= lower.Value)
            {
                Qualifier lowerBy = qualifier is Qualifier.MoreThan or Qualifier.AtLeast ? qualifier : other;
                Qualifier upperBy = qualifier is Qualifier.MoreThan or Qualifier.AtLeast ? other : qualifier;
                string bounds = (lowerBy == Qualifier.AtLeast ? "[" : "(") + (upperBy == Qualifier.AtMost ? "]" : ")");
                EmitRange(i, bound.End, lower, upper, bounds);
                return bound.End;
            }
        }

        // "less than 5000 or equal"
        if (qualifier is Qualifier.LessThan or Qualifier.MoreThan && Is(end, "or") && Is(end + 1, "equal"))
        {
            qualifier = qualifier == Qualifier.LessThan ? Qualifier.AtMost : Qualifier.AtLeast;
            end += Is(end + 2, "to") ? 3 : 2;
        }

        if (figure.Number.Ordinal)
        {
            return TryOrdinalCount(i);
        }

        if (figure.Number.Plain && figure.Unit is null && qualifier == Qualifier.Exact && Adjacent(figure.End) && IsWord(figure.End))
        {
            return figure.End; // "180ml", "3rd-party": a dimension or a code
        }

        EmitFigure(i, end, figure, qualifier);
        return end;
    }

    private bool StartsFigure(int j) =>
        IsDigits(j) || (In(j) && _tokens[j].Kind == ValueTokenKind.Symbol && !IsSym(j, ',') && !IsSym(j, '.')) || (IsWord(j) && (
            Find(_lex.NumberWords, ValueWordFlags.NumberWord, j, out _) || IsAny(j, "a", "an") || Find(_lex.Currencies, ValueWordFlags.Currency, j, out _)
            || IsAny(j, "half", "several") || IsAny(j, "few", "couple")));

    private static bool CompatibleUnits(ref Figure low, Figure high)
    {
        if (low.Unit is null && high.Unit is not null)
        {
            low.Unit = high.Unit; // "$5-10 million" gives the unit once; "5 to 10 percent" too
        }

        // "5-10 million", "between two and three billion": the scale is written once, after the upper figure
        if (high.Number.ScaleFactor >= 1000 && low.Number.ScaleFactor == 0 && !low.Number.Ordinal && low.Value > 0 && low.Value * high.Number.ScaleFactor <= high.Value)
        {
            low.Value *= high.Number.ScaleFactor;
        }

        return low.Unit == high.Unit || high.Unit is null;
    }

    private void EmitFigure(int start, int end, Figure figure, Qualifier qualifier)
    {
        var value = new NumberValue(figure.Value, IntervalOf(figure.Value, qualifier), qualifier, figure.Unit);
        ValueKind kind = figure.Unit switch
        {
            "%" => ValueKind.Percent,
            null => qualifier is Qualifier.MoreThan or Qualifier.AtLeast or Qualifier.LessThan or Qualifier.AtMost ? ValueKind.NumberRange : ValueKind.Number,
            _ => ValueKind.Currency,
        };
        Emit(start, end, kind, value);
    }

    private void EmitRange(int start, int end, Figure low, Figure high, string? bounds = null)
    {
        var value = new NumberValue(low.Value, new Interval(low.Value, high.Value), Qualifier.Range, high.Unit ?? low.Unit) { StatedBounds = bounds };
        ValueKind kind = value.Unit switch
        {
            "%" => ValueKind.Percent,
            null => ValueKind.NumberRange,
            _ => ValueKind.Currency,
        };
        Emit(start, end, kind, value);
    }

    private void EmitDuration(int start, TimeCount time, Qualifier qualifier)
    {
        var value = new DurationValue(time.Amount, time.Unit, IntervalOf(time.Amount, qualifier), qualifier);
        Emit(start, time.End, ValueKind.Duration, value);
    }

    /// <summary>How many <paramref name="small"/> units make one <paramref name="large"/>, when that is exact; else 0.</summary>
    private static double ExactlyIn(DurationUnit large, DurationUnit small) => (large, small) switch
    {
        (DurationUnit.Year, DurationUnit.Month) => 12,
        (DurationUnit.Week, DurationUnit.Day) => 7,
        (DurationUnit.Day, DurationUnit.Hour) => 24,
        (DurationUnit.Hour, DurationUnit.Minute) => 60,
        (DurationUnit.Minute, DurationUnit.Second) => 60,
        (DurationUnit.Day, DurationUnit.Minute) => 1440,
        (DurationUnit.Hour, DurationUnit.Second) => 3600,
        _ => 0,
    };

    /// <summary>A number with its unit: money before or after, per cent after, or none.</summary>
    private bool TryFigure(int j, out Figure figure)
    {
        figure = default;
        if (TryCurrencyPrefix(j, out string? code, out int k) && TryNumber(k, money: true, out ParsedNumber amount) && !amount.Ordinal)
        {
            int end = amount.End;
            double value = amount.Value;
            // "USD 22.5 million" is read by TryNumber; "$ 5 million dollars" repeats the currency.
            if (IsWord(end) && Find(_lex.Currencies, ValueWordFlags.Currency, end, out string? again) && again == code)
            {
                end++;
            }

            // "$100 and fifty", "$3 and 20 cents": the subunit after "and"
            if (Is(end, "and") && amount.IsInteger && !amount.Scaled && code is { Length: 3 } && char.IsUpper(code[0])
                && TryNumber(end + 1, money: false, out ParsedNumber cents) && cents.Value is > 0 and < 100 && cents.IsInteger && !cents.Scaled && !cents.Ordinal)
            {
                bool centWord = IsAny(cents.End, "cents", "cent") || IsAny(cents.End, "pence", "p");
                if (centWord || !In(cents.End) || IsSym(cents.End, '.') || IsSym(cents.End, ',') || IsSym(cents.End, ';'))
                {
                    value += cents.Value / 100;
                    end = centWord ? cents.End + 1 : cents.End;
                }
            }

            figure = new Figure { Value = value, Unit = code, End = end, Number = amount };
            return true;
        }

        // "percent of 10": the share named after the word
        int of = IsAny(j, "percent", "percents") || Is(j, "percentage") ? j + 1 : Is(j, "per") && IsAny(j + 1, "cent", "cents") ? j + 2 : -1;
        if (of > 0 && Is(of, "of") && TryNumber(of + 1, money: false, out ParsedNumber share) && !share.Ordinal && !(IsWord(share.End) && Adjacent(share.End)))
        {
            figure = new Figure { Value = share.Value, Unit = "%", End = share.End, Number = share };
            return true;
        }

        if (!TryNumber(j, money: false, out ParsedNumber n))
        {
            return false;
        }

        figure = new Figure { Value = n.Value, End = n.End, Number = n };
        if (n.Ordinal)
        {
            return true;
        }

        int e = n.End;
        // "one over 3", "two out of five": a ratio
        int by = Is(e, "over") ? e + 1 : Is(e, "out") && Is(e + 1, "of") ? e + 2 : -1;
        if (by > 0 && TryNumber(by, money: false, out ParsedNumber divisor) && divisor.Value > 0 && !divisor.Ordinal
            && !(IsWord(divisor.End) && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, divisor.End, out _)))
        {
            figure.Value = n.Value / divisor.Value;
            figure.End = divisor.End;
            figure.Number.Plain = false;
            return true;
        }

        // Per cent: "40%", "27 %", "twenty percent", "100-percent", "5 per cent".
        if (IsSym(e, '%') || IsSym(e, '٪'))
        {
            figure.Unit = "%";
            figure.End = e + 1;
            return true;
        }

        int p = IsDash(e) && Adjacent(e) ? e + 1 : e;
        if (IsAny(p, "percent", "pct") || Is(p, "percents") || (Is(p, "per") && IsAny(p + 1, "cent", "cents"))
            || (Is(p, "percentage") && IsAny(p + 1, "point", "points")) || (Is(p, "pc") && _text[_tokens[p].Start] == 'p'))
        {
            // "3 percentage points" is a change of 3 on the per-cent scale; "40pc" is the British short form.
            figure.Unit = "%";
            figure.End = Is(p, "per") || Is(p, "percentage") ? p + 2 : p + 1;
            if (Is(figure.End, "points") || (Is(figure.End, "percentage") && Is(figure.End + 1, "points")))
            {
                figure.End = Is(figure.End, "points") ? figure.End + 1 : figure.End + 2;
            }

            return true;
        }

        // Money after the number: "200 pounds", "75 USD million", "10 us dollar", "12-cent", "10 $", "5 swiss francs".
        int c = p;
        if (IsWord(c) && Find(_lex.CurrencyPhrases, ValueWordFlags.CurrencyPhraseStart, c, out Phrase<string>[]? names))
        {
            foreach (Phrase<string> name in names)
            {
                int after = Matches(c, name.Words);
                if (after > 0)
                {
                    figure.Unit = name.Value == "EUR/100" ? "Cent" : name.Value;
                    figure.End = after;
                    return true;
                }
            }
        }

        if (IsAny(c, "us", "u") && IsWord(c + 1) && Find(_lex.Currencies, ValueWordFlags.Currency, c + 1, out string? usd) && usd == "USD")
        {
            c++;
        }

        if (In(c) && _tokens[c].Kind != ValueTokenKind.Digits && Find(_lex.Currencies, ValueWordFlags.Currency, c, out string? suffix)
            && !(n.Plain && IsWord(c) && Adjacent(c) && Span(c).Length <= 2))
        {
            if (IsWord(c) && !Adjacent(c) && Span(c).Length == 3 && char.IsLower(_text[_tokens[c].Start]) && !IsAny(c, "usd", "eur") && !IsAny(c, "yen", "rmb") && !IsAny(c, "gbp", "btc"))
            {
                return true; // "won", "all", "rub" as words
            }

            double value = n.Value;
            int end = c + 1;
            if (IsWord(end) && Find(_lex.Scales, ValueWordFlags.Scale, end, out double scale) && Span(end).Length > 1)
            {
                value *= scale; // "75 USD million"
                end++;
            }

            // "3 dollars 50 cents", "15 dollars and 50"
            if (!suffix.Contains('/', StringComparison.Ordinal) && char.IsUpper(suffix[0]) && suffix.Length == 3)
            {
                int k2 = Is(end, "and") ? end + 1 : end;
                if (TryNumber(k2, money: false, out ParsedNumber cents) && cents.Value is > 0 and < 100 && !cents.Scaled && !cents.Ordinal)
                {
                    bool centWord = IsAny(cents.End, "cents", "cent") || IsAny(cents.End, "pence", "p");
                    bool nothingAfter = !In(cents.End) || IsSym(cents.End, '.') || IsSym(cents.End, ',') || IsSym(cents.End, ';');
                    if (centWord || nothingAfter)
                    {
                        value += cents.Value / 100;
                        end = centWord ? cents.End + 1 : cents.End;
                    }
                }
            }

            figure.Value = value;
            figure.Unit = suffix.Replace("/100000000", "", StringComparison.Ordinal) switch
            {
                "USD/100" => "Cent",
                "GBP/100" => "Penny",
                "BTC" when suffix.Contains('/', StringComparison.Ordinal) => "Satoshi",
                _ => suffix,
            };
            figure.End = end;
        }

        return true;
    }

    private bool TryCurrencyPrefix(int j, out string? code, out int next)
    {
        code = null;
        next = j;
        if (!In(j))
        {
            return false;
        }

        ValueToken t = _tokens[j];
        if (t.Kind == ValueTokenKind.Symbol)
        {
            if (Find(_lex.Currencies, ValueWordFlags.Currency, j, out code) && (IsDigits(j + 1) || IsSym(j + 1, '.')))
            {
                next = j + 1;
                return true;
            }

            return false;
        }

        if (t.Kind != ValueTokenKind.Word)
        {
            return false;
        }

        // "US$ 5", "C$ 300", "Mex$ 10", "usd$ 15", "u.s $ 100"
        int dollar = IsSym(j + 1, '$') ? j + 1 : (Is(j, "u") && IsSym(j + 1, '.') && Is(j + 2, "s") ? (IsSym(j + 3, '.') ? (IsSym(j + 4, '$') ? j + 4 : -1) : (IsSym(j + 3, '$') ? j + 3 : -1)) : -1);
        if (dollar > 0 && (IsDigits(dollar + 1) || IsSym(dollar + 1, '.')))
        {
            Span<char> key = stackalloc char[8];
            ReadOnlySpan<char> w = Span(j);
            if (w.Length <= 6)
            {
                w.CopyTo(key);
                key[w.Length] = '$';
                if (_lex.Currencies.TryGetValue(key[..(w.Length + 1)], out code) || (Is(j, "u") && _lex.Currencies.TryGetValue("us$", out code)))
                {
                    next = dollar + 1;
                    return true;
                }
            }
        }

        // "Rs 500 crore", "Rs. 12 lakh": the rupee's abbreviation before the amount.
        if (Is(j, "rs") && _text[t.Start] == 'R')
        {
            int amountAt = IsSym(j + 1, '.') && Adjacent(j + 1) ? j + 2 : j + 1;
            if (IsDigits(amountAt))
            {
                (code, next) = ("INR", amountAt);
                return true;
            }
        }

        // An ISO code in capitals before the amount: "USD 22.5 million", "USD115", "EUR 5".
        ReadOnlySpan<char> word = Span(j);
        if (word.Length == 3 && char.IsUpper(word[0]) && char.IsUpper(word[2]) && IsDigits(j + 1) && _lex.Currencies.TryGetValue(word, out code))
        {
            next = j + 1;
            return true;
        }

        return false;
    }

    // The last count of time units read: the dates and then the figures ask for the one at the same token.
    private int _timeCountAt = -1;
    private bool _timeCountQualified;
    private bool _timeCountFound;
    private TimeCount _timeCount;

    /// <summary>
    /// A count of time units (see <see cref="ReadTimeCount"/>), remembered for the last token asked about: a try at
    /// a token asks the dates' and then the figures' recogniser, and both ask here first.
    /// </summary>
    private bool TryTimeCount(int j, bool qualified, out TimeCount time)
    {
        if (j != _timeCountAt || qualified != _timeCountQualified)
        {
            _timeCountFound = ReadTimeCount(j, qualified, out _timeCount);
            (_timeCountAt, _timeCountQualified) = (j, qualified);
        }

        time = _timeCount;
        return _timeCountFound;
    }

    /// <summary>A count of time units, with "a"/"an", "a few", "several", "half a" and "and a half".</summary>
    private bool ReadTimeCount(int j, bool qualified, out TimeCount time)
    {
        time = default;
        double amount;
        int k;
        bool article = false;
        if (IsAny(j, "a", "an") && !IsWord(j + 1))
        {
            return false;
        }

        if (Is(j, "a") && Is(j + 1, "few"))
        {
            (amount, k) = (3, j + 2);
        }
        else if (IsAny(j, "few", "several"))
        {
            (amount, k) = (3, j + 1);
        }
        else if (IsAny(j, "a", "the") && Is(j + 1, "couple") && Is(j + 2, "of"))
        {
            (amount, k) = (2, j + 3);
        }
        else if (Is(j, "couple") && Is(j + 1, "of") && (IsAny(j - 1, "next", "last") || IsAny(j - 1, "past", "previous") || IsAny(j - 1, "coming", "few")))
        {
            (amount, k) = (2, j + 2); // "the next couple of days"
        }
        else if (Is(j, "half") && IsAny(j + 1, "a", "an"))
        {
            (amount, k) = (0.5, j + 2);
        }
        else if (Is(j, "half") && IsWord(j + 1))
        {
            (amount, k) = (0.5, j + 1);
        }
        else if (Is(j, "another"))
        {
            (amount, k) = (1, j + 1);
        }
        else if ((IsAny(j, "all", "full") || Is(j, "whole")) && (IsAny(j + 1, "day", "week") || IsAny(j + 1, "month", "year")
            || IsDash(j + 1) && Adjacent(j + 1) && (IsAny(j + 2, "day", "week") || IsAny(j + 2, "month", "year"))))
        {
            (amount, k) = (1, IsDash(j + 1) ? j + 2 : j + 1); // "all day", "full-day", "the whole month"
        }
        else if (IsAny(j, "a", "an") && !(Has(j + 1, ValueWordFlags.Fraction) && Is(j + 2, "of")))
        {
            (amount, k, article) = (1, j + 1, true); // not "a quarter of a century", read as a fraction below
        }
        else if (TryNumber(j, money: false, out ParsedNumber n) && !n.Ordinal && n.Value > 0)
        {
            (amount, k) = (n.Value, n.End);
            int half = Is(k, "and") ? (IsAny(k + 1, "a", "an") ? k + 2 : k + 1) : -1;
            if (!n.FromWords && half > 0 && Is(half, "half") && IsWord(half + 1) && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, half + 1, out _))
            {
                (amount, k) = (amount + 0.5, half + 1); // "5 and a half minutes"
            }
            else if (!n.IsInteger && Is(k, "of") && (IsAny(k + 1, "a", "an") ? k + 2 : k + 1) is var unitAfterOf && IsWord(unitAfterOf)
                && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, unitAfterOf, out _))
            {
                k = unitAfterOf; // "three quarters of an hour", "one and a quarter of hour"
            }
            else if (IsDash(k) && Adjacent(k) && Adjacent(k + 1))
            {
                k++; // "a 10-year deal"
            }
            else if ((IsAny(k, "more", "additional") || IsAny(k, "extra", "further")) && IsWord(k + 1) && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, k + 1, out _))
            {
                k++; // "two more weeks", "three additional years": the count is the length added
            }
        }
        else
        {
            return false;
        }

        if (!IsWord(k) || !Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, k, out (DurationUnit Unit, int Count) unit))
        {
            return false;
        }

        if (unit.Count == 3 && IsDash(k - 1) && Adjacent(k) && Adjacent(k - 1))
        {
            return false; // "three-quarters" is a fraction, not nine months
        }

        ReadOnlySpan<char> u = Span(k);
        if (u.Length <= 2 && (!Adjacent(k) || (u.Length == 1 && char.IsLower(u[0]) && u[0] != 'h' && u[0] != 'y')))
        {
            return false; // "3h", "3Y" glued; "2019 H2" is not 2019 hours
        }

        if (article)
        {
            // "a year" is a duration only where the words around say so: "nearly a decade", "a year ago",
            // "for a month", "a decade after"; not "once a year" or "a second term".
            bool context = qualified || IsAny(j - 1, "for", "in") || IsAny(j - 1, "within", "than") || IsAny(j - 1, "over", "another")
                || IsAny(k + 1, "ago", "later") || IsAny(k + 1, "after", "before") || IsAny(k + 1, "earlier", "and")
                || Is(k + 1, "hence") || (Is(k + 1, "from") && IsAny(k + 2, "now", "today"));
            if (!context || Is(k, "second") || Is(k, "quarter") || Is(k, "night"))
            {
                return false;
            }
        }

        if (Is(k, "second") && amount != 1)
        {
            return false; // "twenty second" is an ordinal
        }

        if (Is(k + 1, "old") || (Is(k + 1, "of") && Is(k + 2, "age")) || (IsDash(k + 1) && Adjacent(k + 1) && Is(k + 2, "old")))
        {
            return false; // an age: "30 years old", "a 10-year-old boy"
        }

        int end = k + 1;
        if (Is(end, "and") && IsAny(end + 1, "a", "one") && Is(end + 2, "half"))
        {
            amount += 0.5;
            end += 3;
        }
        else if (Is(end, "and") && Is(end + 1, "half"))
        {
            amount += 0.5; // "one hour and half"
            end += 2;
        }

        time = new TimeCount { Amount = amount * unit.Count, Unit = unit.Unit, End = end };
        if (time.Amount != Math.Floor(time.Amount) && time.Unit is DurationUnit.Day or DurationUnit.Week)
        {
            // Half a day is twelve hours, half a week three and a half days: ISO keeps days and hours apart.
            time = time.Unit == DurationUnit.Day
                ? time with { Amount = time.Amount * 24, Unit = DurationUnit.Hour }
                : time with { Amount = time.Amount * 7, Unit = DurationUnit.Day };
        }

        return true;
    }

    /// <summary>"hundreds of", "thousands of", "dozens of", "tens of thousands of": a count known only by its order.</summary>
    private bool TryVagueCount(int i, out int end)
    {
        end = i;
        double low;
        int k;
        if (Is(i, "tens") && Is(i + 1, "of") && IsAny(i + 2, "thousands", "millions") && Is(i + 3, "of"))
        {
            low = Is(i + 2, "thousands") ? 10_000 : 10_000_000;
            k = i + 3;
        }
        else if (Is(i, "hundreds") && Is(i + 1, "of") && IsAny(i + 2, "thousands", "millions") && Is(i + 3, "of"))
        {
            low = Is(i + 2, "thousands") ? 100_000 : 100_000_000;
            k = i + 3;
        }
        else if (Is(i + 1, "of") && (IsAny(i, "dozens", "hundreds") || IsAny(i, "thousands", "millions") || Is(i, "billions")))
        {
            low = Find(_lex.Scales, ValueWordFlags.Scale, i, out double s) ? s : 12;
            k = i + 1;
        }
        else
        {
            return false;
        }

        // At least two of the unit and fewer than ten of the next order: "hundreds" is 200 to 999.
        var value = new NumberValue(2 * low, new Interval(2 * low, (10 * low) - 1), Qualifier.Approximately);
        Emit(i, k, ValueKind.Number, value);
        end = k + 1;
        return true;
    }

    /// <summary>"the third day", "a second week": an ordinal that counts days or rounds.</summary>
    private int TryOrdinalCount(int i)
    {
        int value;
        int k;
        if (IsWord(i) && Find(_lex.Ordinals, ValueWordFlags.Ordinal, i, out value))
        {
            k = i + 1;
        }
        else if (IsDigits(i) && IsWord(i + 1) && Adjacent(i + 1) && (IsAny(i + 1, "st", "nd") || IsAny(i + 1, "rd", "th")) && Number(i) < 1000)
        {
            value = (int)Number(i);
            k = i + 2;
        }
        else
        {
            return -1;
        }

        if (IsWord(k) && (Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, k, out _) || IsAny(k, "round", "time")) && Is(i - 1, "the"))
        {
            Emit(i, k, ValueKind.Number, NumberValue.Exactly(value));
            return k;
        }

        return -1;
    }
}
