namespace QuoteCheck.Claims.Values;

/// <summary>Numbers: digits with separators and decimals, number words, multipliers, fractions.</summary>
internal sealed partial class ValueScanner
{
    /// <summary>A number read from tokens.</summary>
    private struct ParsedNumber
    {
        public double Value;
        public int End;
        public bool FromWords;
        public bool IsInteger;
        public bool Plain;      // one digit run, no separator, sign, decimal or multiplier
        public bool Ordinal;    // "1st", "22nd"
        public bool Scaled;
        public double ScaleFactor; // the multiplier a trailing scale word applied ("10 million": 1e6), 0 if none
    }

    private enum WordState
    {
        None,
        A,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        And,
    }

    private static readonly double[] PowersOfTen = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];

    private static double Fraction(long digits, int length) => length < PowersOfTen.Length ? digits / PowersOfTen[length] : 0;

    private int _numberAt = -1;
    private bool _numberMoney;
    private bool _numberFound;
    private ParsedNumber _number;

    /// <summary>
    /// A number (see <see cref="ReadNumber"/>), remembered for the last token asked about: a try at a figure reads the
    /// same number up to three times (counted weekdays, a count of time units, then the figure itself).
    /// </summary>
    private bool TryNumber(int i, bool money, out ParsedNumber n)
    {
        if (i != _numberAt || money != _numberMoney)
        {
            // Read into locals first: reading may ask about a later token ("two hundred and five"), which is remembered
            // in its turn and then replaced here.
            bool found = ReadNumber(i, money, out ParsedNumber read);
            (_numberAt, _numberMoney, _numberFound, _number) = (i, money, found, read);
        }

        n = _number;
        return _numberFound;
    }

    private bool ReadNumber(int i, bool money, out ParsedNumber n)
    {
        n = default;
        if (!In(i))
        {
            return false;
        }

        if (IsAny(i, "minus", "negative") && IsDigits(i + 1) && TryNumberDigits(i + 1, money, out n))
        {
            n.Value = -n.Value;
            n.Plain = false;
            return true;
        }

        return IsWord(i) ? TryNumberWords(i, out n) : TryNumberDigits(i, money, out n);
    }

    private bool TryNumberDigits(int i, bool money, out ParsedNumber n)
    {
        n = default;
        int j = i;
        bool negative = false;
        if ((IsSym(j, '-') || IsSym(j, '−')) && IsDigits(j + 1) && Adjacent(j + 1) && !Adjacent(j))
        {
            negative = true;
            j++;
        }

        double value;
        bool integer = true;
        bool plain = !negative;
        if (In(j) && _tokens[j].Kind == ValueTokenKind.Symbol && _tokens[j].Length == 1 && char.GetNumericValue(_text[_tokens[j].Start]) is > 0 and < 1 and var vulgar)
        {
            n = new ParsedNumber { Value = negative ? -vulgar : vulgar, End = j + 1 };
            return true; // "½", "⅙"
        }

        if (In(j) && Adjacent(j) && In(j - 1) && _tokens[j - 1].Kind == ValueTokenKind.Symbol && _text[_tokens[j - 1].Start] is '=' or '%' or '&' or '#' or '_' or '@')
        {
            return false; // inside an address or a query string
        }

        if (IsSym(j, '.') && IsDigits(j + 1) && Adjacent(j + 1) && !(Adjacent(j) && IsDigits(j - 1)))
        {
            value = Fraction(Number(j + 1), Length(j + 1));
            integer = false;
            plain = false;
            j += 2;
        }
        else if (IsDigits(j))
        {
            if (GluedToLetters(j) && !IsSym(j - 1, '-'))
            {
                // "A1B2", "W00", "cy18": part of a code, not a figure. (A currency code such as "USD115" is read by the money recogniser.)
                if (!money)
                {
                    return false;
                }
            }

            long whole = Number(j);
            int first = Length(j);
            j++;
            if (first <= 2 && IndianGroupsEnd(j) is > 0 and var indianEnd)
            {
                // "12,34,567.89": lakh grouping, pairs of digits before the last group of three.
                for (; j < indianEnd; j += 2)
                {
                    whole = (whole * (Length(j + 1) == 2 ? 100 : 1000)) + Number(j + 1);
                }

                plain = false;
            }
            else if (first <= 3)
            {
                while (IsSym(j, ',') && Adjacent(j) && IsDigits(j + 1) && Adjacent(j + 1) && Length(j + 1) == 3)
                {
                    whole = (whole * 1000) + Number(j + 1);
                    plain = false;
                    j += 2;
                }

                // "40 000", "1 234 567.89": groups of three after a space (plain, no-break, thin, narrow).
                if (plain)
                {
                    while (IsDigits(j) && Length(j) == 3 && _tokens[j].Start == _tokens[j - 1].End + 1
                        && _text[_tokens[j - 1].End] is ' ' or '\u00A0' or '\u202F' or '\u2009'
                        && (_text[_tokens[j - 1].End] != ' ' || !(IsDigits(j + 1) && _tokens[j + 1].Start == _tokens[j].End + 1)))
                    {
                        whole = (whole * 1000) + Number(j);
                        plain = false;
                        j++;
                    }
                }
            }

            value = whole;
            if (Is(j, "point") && IsDigits(j + 1) && plain)
            {
                value += Fraction(Number(j + 1), Length(j + 1)); // "1 point 1"
                integer = false;
                plain = false;
                j += 2;
            }
            else if (IsSym(j, '.') && Adjacent(j) && IsDigits(j + 1) && Adjacent(j + 1))
            {
                if (IsSym(j + 2, '.') && Adjacent(j + 2) && IsDigits(j + 3) && Adjacent(j + 3))
                {
                    return false; // "1.2.3": a version or an address, not a number
                }

                value += Fraction(Number(j + 1), Length(j + 1));
                integer = false;
                plain = false;
                j += 2;
            }
        }
        else
        {
            return false;
        }

        if (TryExponent(j, ref value, out int afterExponent))
        {
            // "1.5e10", "-12e-1", "10^5", "1.1^+23", "1.3x10^6": scientific notation and powers.
            n.Value = negative ? -value : value;
            n.End = afterExponent;
            n.IsInteger = value == Math.Floor(value);
            return true;
        }

        // "1/2", "2 1/4": a fraction (a date such as "4/22" was tried first, where the words around say date).
        if (integer && IsSym(j, '/') && Adjacent(j) && IsDigits(j + 1) && Adjacent(j + 1) && Number(j + 1) is > 0 and <= 1000 && !(IsSym(j + 2, '/') && Adjacent(j + 2)) && plain)
        {
            double fraction = value / Number(j + 1);
            j += 2;
            n.Value = negative ? -fraction : fraction;
            n.End = j;
            return true;
        }

        if (integer && plain && IsDigits(j) && !Adjacent(j) && IsSym(j + 1, '/') && Adjacent(j + 1) && IsDigits(j + 2) && Adjacent(j + 2)
            && Number(j) < Number(j + 2) && Number(j + 2) <= 100 && !(IsSym(j + 3, '/') && Adjacent(j + 3)))
        {
            value += (double)Number(j) / Number(j + 2);
            n.Value = negative ? -value : value;
            n.End = j + 3;
            return true; // "2 1/4"
        }

        n.IsInteger = integer;
        // Multipliers: "5k", "10M", "€3bn" glued; "1.2 million", "13 lakh" after a space.
        if (IsWord(j) && Find(_lex.Scales, ValueWordFlags.Scale, j, out double scale))
        {
            ReadOnlySpan<char> w = Span(j);
            bool accept = Adjacent(j)
                ? w.Length > 1 || w[0] is 'k' or 'K' or 'M' or 'B' or 'G' || (money && w[0] is 'm' or 'b')
                : w.Length > 2 || w.Equals("bn", StringComparison.OrdinalIgnoreCase) || w.Equals("mn", StringComparison.OrdinalIgnoreCase) || w.Equals("cr", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("MM", StringComparison.Ordinal) || (!plain && w.Length == 1 && w[0] is 'K' or 'M' or 'B' or 'G'); // "1,674,200.5 M"
            if (accept && !(Adjacent(j) && IsWord(j) && Adjacent(j + 1) && IsWord(j + 1)))
            {
                value *= scale;
                j++;
                plain = false;
                n.Scaled = true;
                n.ScaleFactor = scale;
                if (scale == 100 && Is(j, "and") && TryNumber(j + 1, money, out ParsedNumber rest) && rest.Value is >= 0 and < 100 && !rest.Scaled && !IsAny(j + 1, "minus", "negative"))
                {
                    value += rest.Value;
                    j = rest.End;
                }
                else if (scale < 1e6 && IsWord(j) && Find(_lex.Scales, ValueWordFlags.Scale, j, out double big) && big > scale && Span(j).Length > 2)
                {
                    value *= big;
                    n.ScaleFactor = scale * big;
                    j++;
                }
                else if (scale >= 1000 && IsDigits(j) && !Adjacent(j) && Number(j) < 1000 && Length(j) <= 3 && IsWord(j + 1) && Span(j + 1).Length > 4
                    && Find(_lex.Scales, ValueWordFlags.Scale, j + 1, out double smaller) && smaller < scale && !Span(j + 1).EndsWith('s'))
                {
                    value += Number(j) * smaller; // "2 thousand 5 hundred"
                    j += 2;
                }
            }
        }
        else if (IsAny(j, "dozen", "dozens"))
        {
            value *= 12;
            j++;
            plain = false;
        }
        else if (IsWord(j) && Adjacent(j) && integer && (IsAny(j, "st", "nd") || IsAny(j, "rd", "th")))
        {
            n.Ordinal = true;
            j++;
        }

        n.Value = negative ? -value : value;
        n.End = j;
        n.Plain = plain && !n.Ordinal;
        return true;
    }

    private bool TryNumberWords(int i, out ParsedNumber n)
    {
        n = default;
        int j = i;
        bool negative = false;
        if (IsAny(j, "minus", "negative") && IsWord(j + 1) && Find(_lex.NumberWords, ValueWordFlags.NumberWord, j + 1, out _))
        {
            negative = true;
            j++;
        }

        // Past the "half" and "a"/"an" openings below, a number in words begins with a number word (the loop ends
        // at once on any other token), so most tokens asked about end here on one bit test.
        if (!Has(j, ValueWordFlags.NumberWord) && !Is(j, "half") && !IsAny(j, "a", "an"))
        {
            return false;
        }

        double total = 0;
        double current = 0;
        double lastScale = 1;
        WordState last = WordState.None;
        int end = -1;
        if (Is(j, "half") && IsAny(j + 1, "a", "an") && Is(j + 2, "dozen"))
        {
            n = new ParsedNumber { Value = 6, End = j + 3, FromWords = true, IsInteger = true };
            return true;
        }

        // "half a million", "half a billion dollars", "half million usd"
        int halfOf = Is(j, "half") ? (IsAny(j + 1, "a", "an") ? j + 2 : j + 1) : -1;
        if (halfOf > 0 && IsWord(halfOf) && Span(halfOf).Length > 4 && !Span(halfOf).EndsWith('s')
            && Find(_lex.Scales, ValueWordFlags.Scale, halfOf, out double halfScale) && halfScale >= 1000)
        {
            n = new ParsedNumber { Value = (negative ? -halfScale : halfScale) / 2, End = halfOf + 1, FromWords = true, IsInteger = true, Scaled = true };
            return true;
        }

        // "a twenty-first", "a hundred-fifth": one part in a compound ordinal
        if (IsAny(j, "a", "an") && CompoundDenominator(j + 1, out int compound, out int afterCompound))
        {
            n = new ParsedNumber { Value = (negative ? -1.0 : 1.0) / compound, End = afterCompound, FromWords = true };
            return true;
        }

        if (IsAny(j, "a", "an") && IsWord(j + 1) && Find(_lex.Fractions, ValueWordFlags.Fraction, j + 1, out int aDenominator) && !IsAny(j + 1, "second", "fourth") && QuarterIsAFraction(j + 1)
            && !(IsWord(j + 2) && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, j + 2, out _)) && !IsDash(j + 2))
        {
            n = new ParsedNumber { Value = negative ? -1.0 / aDenominator : 1.0 / aDenominator, End = j + 2, FromWords = true };
            return true; // "a half", "a hundredth"
        }

        if (IsAny(j, "a", "an"))
        {
            if (!(IsWord(j + 1) && (IsAny(j + 1, "dozen", "hundred") || IsAny(j + 1, "thousand", "million") || IsAny(j + 1, "billion", "trillion"))))
            {
                return false;
            }

            current = 1;
            last = WordState.A;
            j++;
        }

        while (In(j) && IsWord(j))
        {
            ReadOnlySpan<char> w = Span(j);
            if (last != WordState.None && last != WordState.And && CompoundDenominator(j, out int compoundDenominator, out int afterDenominator))
            {
                current = (total + current) / compoundDenominator; // "three twenty-firsts"
                total = 0;
                j = afterDenominator;
                end = j;
                break;
            }

            if (Find(_lex.NumberWords, ValueWordFlags.NumberWord, j, out int v))
            {
                if (v >= 20 && v < 100 && last == WordState.None && IsDash(j + 1) && Adjacent(j + 1) && IsWord(j + 2) && Adjacent(j + 2)
                    && Find(_lex.Ordinals, ValueWordFlags.Ordinal, j + 2, out _))
                {
                    return false; // "twenty-first" is an ordinal, not twenty
                }

                WordState cat = v < 10 ? WordState.Unit : v < 20 ? WordState.Teen : WordState.Tens;
                bool allowed = last is WordState.None or WordState.Hundred or WordState.Scale or WordState.And
                    || (last == WordState.Tens && cat == WordState.Unit && v > 0);
                if (!allowed)
                {
                    break;
                }

                current += v;
                last = cat;
                j++;
                end = j;
                if (cat == WordState.Tens && IsDash(j) && Adjacent(j) && IsWord(j + 1) && Adjacent(j + 1)
                    && Find(_lex.NumberWords, ValueWordFlags.NumberWord, j + 1, out int u) && u is > 0 and < 10)
                {
                    j++;
                }
                else if (cat == WordState.Unit && IsDash(j) && Adjacent(j) && IsWord(j + 1) && Adjacent(j + 1) && Find(_lex.Fractions, ValueWordFlags.Fraction, j + 1, out _))
                {
                    j++; // "one-eighth"
                }

                continue;
            }

            if (Is(j, "hundred"))
            {
                if (last is not (WordState.Unit or WordState.Teen or WordState.A))
                {
                    break;
                }

                current = (current == 0 ? 1 : current) * 100;
                last = WordState.Hundred;
                j++;
                end = j;
                continue;
            }

            // Scale words, not the short forms ("m", "bn") a figure in digits takes; the Indian "lakh",
            // "lac", "crore" and "cr" are words in any form ("three crore twelve lakh").
            if (Find(_lex.Scales, ValueWordFlags.Scale, j, out double scale) && (w.Length > 4 || scale is 1e5 or 1e7) && scale >= 1000 && (!w.EndsWith('s') || last != WordState.None))
            {
                if (last == WordState.Scale && current == 0 && scale > lastScale)
                {
                    total *= scale; // "three thousand millions"
                    lastScale = scale;
                    j++;
                    end = j;
                    continue;
                }

                if (last is not (WordState.Unit or WordState.Teen or WordState.Tens or WordState.Hundred or WordState.A) || (total > 0 && scale >= lastScale))
                {
                    break;
                }

                total += (current == 0 ? 1 : current) * scale;
                current = 0;
                lastScale = scale;
                last = WordState.Scale;
                j++;
                end = j;
                continue;
            }

            if (IsAny(j, "dozen", "dozens"))
            {
                if (last is WordState.Unit or WordState.Teen or WordState.Tens or WordState.A)
                {
                    current *= 12;
                    last = WordState.Unit;
                    j++;
                    end = j;
                }

                break;
            }

            if (Is(j, "and"))
            {
                if (IsAny(j + 1, "a", "one") && Is(j + 2, "half") && last is not (WordState.None or WordState.A or WordState.And))
                {
                    if (last == WordState.Scale && current == 0)
                    {
                        total += lastScale / 2;
                    }
                    else
                    {
                        current += 0.5;
                    }

                    j += 3;
                    end = j;
                    if (total == 0 && IsWord(j) && Span(j).Length > 4 && !Span(j).EndsWith('s') && Find(_lex.Scales, ValueWordFlags.Scale, j, out double andHalfScale) && andHalfScale >= 1000)
                    {
                        current *= andHalfScale; // "one and a half million"
                        j++;
                        end = j;
                    }

                    break;
                }

                // "two and fifty-four hundredths": "and" then a fraction written out
                if (last is WordState.Unit or WordState.Teen or WordState.Tens or WordState.Hundred && !IsAny(j + 1, "a", "an")
                    && TryNumberWords(j + 1, out ParsedNumber fractionPart) && fractionPart.Value is > 0 and < 1)
                {
                    current += fractionPart.Value;
                    j = fractionPart.End;
                    end = j;
                    break;
                }

                // "one and a fourth", "two million and three fifths", "two and quarter hour"
                bool bareFraction = IsAny(j + 1, "half", "quarter") && (Is(j + 1, "quarter") ? QuarterIsAFraction(j + 1) : IsWord(j + 2) && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, j + 2, out _));
                if (bareFraction && last is not (WordState.None or WordState.A or WordState.And))
                {
                    double part = Is(j + 1, "half") ? 0.5 : 0.25;
                    if (last == WordState.Scale && current == 0)
                    {
                        total += lastScale * part;
                    }
                    else
                    {
                        current += part;
                    }

                    j += 2;
                    end = j;
                    break;
                }

                if (last is not (WordState.None or WordState.A or WordState.And) && (IsAny(j + 1, "a", "an") || IsWord(j + 1) && Find(_lex.NumberWords, ValueWordFlags.NumberWord, j + 1, out int numerator) && numerator is > 0 and < 20)
                    && IsWord(j + 2) && Find(_lex.Fractions, ValueWordFlags.Fraction, j + 2, out int denominatorAfterAnd) && !Is(j + 2, "second") && QuarterIsAFraction(j + 2))
                {
                    double part = (IsAny(j + 1, "a", "an") ? 1.0 : Find(_lex.NumberWords, ValueWordFlags.NumberWord, j + 1, out int top) ? top : 1) / denominatorAfterAnd;
                    if (last == WordState.Scale && current == 0)
                    {
                        total += lastScale * part;
                    }
                    else
                    {
                        current += part;
                    }

                    j += 3;
                    end = j;
                    break;
                }

                if (last is WordState.Hundred or WordState.Scale && IsWord(j + 1) && Find(_lex.NumberWords, ValueWordFlags.NumberWord, j + 1, out int after) && after > 0)
                {
                    last = WordState.And;
                    j++;
                    continue;
                }

                break;
            }

            if (Is(j, "point") && last is WordState.Unit or WordState.Teen or WordState.Tens or WordState.Hundred or WordState.Scale)
            {
                double place = 0.1;
                double fraction = 0;
                int k = j + 1;
                while (IsWord(k) && Find(_lex.NumberWords, ValueWordFlags.NumberWord, k, out int digit) && digit < 10)
                {
                    fraction += digit * place;
                    place /= 10;
                    k++;
                }

                if (k > j + 1)
                {
                    current += fraction;
                    j = k;
                    end = j;
                    if (IsWord(j) && Span(j).Length > 4 && Find(_lex.Scales, ValueWordFlags.Scale, j, out double after) && after >= 1000)
                    {
                        current *= after; // "two point two million"
                        j++;
                        end = j;
                    }
                }

                break;
            }

            if (last is WordState.Unit or WordState.Teen or WordState.Tens && total == 0 && current < 100
                && Find(_lex.Fractions, ValueWordFlags.Fraction, j, out int denominator) && !Is(j, "second") && QuarterIsAFraction(j)
                && !(current != 1 && !w.EndsWith('s') && denominator != 2))
            {
                current /= denominator;
                j++;
                end = j;
                break;
            }

            // "one hundred and thirty fifths", "two million three fifths": a plural fraction word divides the whole count.
            if (last is WordState.Unit or WordState.Teen or WordState.Tens or WordState.Hundred or WordState.Scale && w.EndsWith('s')
                && Find(_lex.Fractions, ValueWordFlags.Fraction, j, out int wholeDenominator) && !IsAny(j, "seconds", "quarters"))
            {
                current = (total + current) / wholeDenominator;
                total = 0;
                j++;
                end = j;
                break;
            }

            break;
        }

        if (end < 0 || last == WordState.A)
        {
            return false;
        }

        // "one" is a pronoun as often as a number: "this one", "no one", "one another".
        if (end == i + 1 && Is(i, "one") && (IsAny(i - 1, "this", "that") || IsAny(i - 1, "no", "the") || IsAny(i - 1, "every", "any")
            || IsAny(i - 1, "which", "each") || IsAny(i + 1, "another", "day") || (Adjacent(i + 1) && IsSym(i + 1, '\''))))
        {
            return false;
        }

        double value = total + current;
        n = new ParsedNumber
        {
            Value = negative ? -value : value,
            End = end,
            FromWords = true,
            IsInteger = value == Math.Floor(value),
            ScaleFactor = last == WordState.Scale && current == 0 ? lastScale : 0,
        };
        return true;
    }

    /// <summary>
    /// Where lakh grouping that starts at the comma at <paramref name="j"/> ends: one or more ",dd" groups then one ",ddd"
    /// ("12,34,567"); -1 if the digits are not grouped that way.
    /// </summary>
    private int IndianGroupsEnd(int j)
    {
        int k = j;
        int pairs = 0;
        while (IsSym(k, ',') && Adjacent(k) && IsDigits(k + 1) && Adjacent(k + 1) && Length(k + 1) == 2)
        {
            pairs++;
            k += 2;
        }

        bool last = pairs > 0 && IsSym(k, ',') && Adjacent(k) && IsDigits(k + 1) && Adjacent(k + 1) && Length(k + 1) == 3;
        return last && !(IsSym(k + 2, ',') && Adjacent(k + 2) && IsDigits(k + 3) && Adjacent(k + 3)) ? k + 2 : -1;
    }

    /// <summary>"e10", "e-1" glued to a figure; "^5", "^+23", "^--23" after it; "x10^6" (times a power of ten).</summary>
    private bool TryExponent(int j, ref double value, out int end)
    {
        end = j;
        if (!In(j) || !Adjacent(j))
        {
            return false;
        }

        bool power = false;
        int k;
        if (IsWord(j) && Length(j) == 1 && _text[_tokens[j].Start] is 'e' or 'E')
        {
            k = j + 1;
        }
        else if (IsSym(j, '^'))
        {
            power = true;
            k = j + 1;
        }
        else if (IsWord(j) && Length(j) == 1 && _text[_tokens[j].Start] is 'x' or 'X' && IsDigits(j + 1) && Adjacent(j + 1) && Number(j + 1) == 10
            && IsSym(j + 2, '^') && Adjacent(j + 2))
        {
            k = j + 3; // "1.3x10^6" is 1.3 times ten to the sixth
        }
        else if (IsSym(j, '×') && IsDigits(j + 1) && Number(j + 1) == 10 && IsSym(j + 2, '^') && Adjacent(j + 2))
        {
            k = j + 3;
        }
        else
        {
            return false;
        }

        bool minus = false;
        while (In(k) && Adjacent(k) && (IsSym(k, '-') || IsSym(k, '+') || IsSym(k, '−')) && k - j < 6)
        {
            minus ^= !IsSym(k, '+');
            k++;
        }

        if (!IsDigits(k) || !Adjacent(k) || Length(k) > 3 || (IsWord(k + 1) && Adjacent(k + 1)))
        {
            return false;
        }

        double exponent = minus ? -Number(k) : Number(k);
        double result = power ? Math.Pow(value, exponent) : exponent < 0 ? value / Math.Pow(10, -exponent) : value * Math.Pow(10, exponent);
        if (double.IsInfinity(result) || double.IsNaN(result))
        {
            return false;
        }

        value = result;
        end = k + 1;
        return true;
    }

    /// <summary>
    /// A compound ordinal used as a denominator at <paramref name="j"/>: "twenty-first", "twenty-firsts", "hundred-fifths"
    /// (tens or hundred, a dash, an ordinal, singular or plural).
    /// </summary>
    private bool CompoundDenominator(int j, out int denominator, out int end)
    {
        denominator = 0;
        end = j;
        if (!IsWord(j) || !IsDash(j + 1) || !Adjacent(j + 1) || !IsWord(j + 2) || !Adjacent(j + 2))
        {
            return false;
        }

        int tens;
        if (Is(j, "hundred"))
        {
            tens = 100;
        }
        else if (!Find(_lex.NumberWords, ValueWordFlags.NumberWord, j, out tens) || tens < 20 || tens >= 100 || tens % 10 != 0)
        {
            return false;
        }

        ReadOnlySpan<char> w = Span(j + 2);
        if (!_lex.Ordinals.TryGetValue(w, out int unit) && !(w.Length > 3 && w[^1] == 's' && _lex.Ordinals.TryGetValue(w[..^1], out unit)))
        {
            return false;
        }

        if (unit >= 10 || (tens == 100 && unit > 9))
        {
            return false;
        }

        denominator = tens + unit;
        end = j + 3;
        return true;
    }

    /// <summary>
    /// "quarter" is a fraction in "three quarters of", "a quarter hour", "one and a quarter hours"; elsewhere ("two
    /// quarters", "a quarter") it is three months, which the duration and date grammars read.
    /// </summary>
    private bool QuarterIsAFraction(int k) =>
        !IsAny(k, "quarter", "quarters") || Is(k + 1, "of") || (IsDash(k - 1) && Adjacent(k) && Adjacent(k - 1) && IsWord(k - 2)) || (IsWord(k + 1) && Find(_lex.TimeUnits, ValueWordFlags.TimeUnit, k + 1, out _) && !IsAny(k + 1, "quarter", "quarters"));
}
