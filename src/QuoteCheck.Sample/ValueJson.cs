using System.Globalization;
using Newtonsoft.Json.Linq;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.Sample;

/// <summary>
/// The <c>values --jsonl</c> form of a recognised value: the normal form of the dates-numbers corpus
/// README (numbers as JSON numbers, per cent as points, money as an amount with its <c>unit</c>, number
/// ranges as <c>{start, end, bounds}</c>, days as ISO dates, months and years as partial dates, other
/// stretches of days as <c>{start, end}</c> with the end exclusive, durations as ISO 8601).
/// </summary>
internal static class ValueJson
{
    public static string TypeName(ValueKind kind) => kind switch
    {
        ValueKind.Number => "number",
        ValueKind.Percent => "percent",
        ValueKind.NumberRange => "numberrange",
        ValueKind.Currency => "currency",
        ValueKind.Date => "date",
        ValueKind.DateRange => "daterange",
        ValueKind.Duration => "duration",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The corpus type: a date that is not one day (a month, a year, a stretch) is a <c>daterange</c>.</summary>
    public static string TypeName(RecognizedValue value) =>
        value.Value is DateValue { Granularity: not DateGranularity.Day } ? "daterange" : TypeName(value.Kind);

    public static JObject ToJson(RecognizedValue value)
    {
        var json = new JObject
        {
            ["text"] = value.Text,
            ["start"] = value.Span.Start,
            ["end"] = value.Span.End,
            ["type"] = TypeName(value),
            ["value"] = NormalValue(value),
        };
        if (value.Value is NumberValue { Unit: { } unit } && unit != "%")
        {
            json["unit"] = unit;
        }

        if (value.Value.Qualifier != Qualifier.Exact)
        {
            json["qualifier"] = value.Value.Qualifier.ToString();
        }

        return json;
    }

    /// <summary>The <c>value</c> field.</summary>
    public static JToken NormalValue(RecognizedValue value) => value.Value switch
    {
        NumberValue n when value.Kind == ValueKind.NumberRange || n.Qualifier == Qualifier.Range && n.Unit is null => NumberRange(n),
        NumberValue n => Number(n.Value),
        DurationValue d => new JValue(d.ToNormalString()),
        DateValue d => DateJson(d),
        _ => new JValue(value.Value.ToNormalString()),
    };

    /// <summary>A JSON number: whole numbers without a decimal point.</summary>
    private static JToken Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? new JValue((long)value) : new JValue(value);

    private static JObject NumberRange(NumberValue n)
    {
        (JToken start, JToken end, string bounds) = n.Qualifier switch
        {
            Qualifier.MoreThan => (Number(n.Value), (JToken)JValue.CreateNull(), "()"),
            Qualifier.AtLeast => (Number(n.Value), JValue.CreateNull(), "[)"),
            Qualifier.LessThan => (JValue.CreateNull(), Number(n.Value), "()"),
            Qualifier.AtMost => (JValue.CreateNull(), Number(n.Value), "(]"),
            // A stated range is given as the corpus gives it: the first figure included, the second as the end.
            // Two bounds ("more than 5 and at most 10") say themselves which ends are included.
            _ => (Number(n.Interval.Min), Number(n.Interval.Max), n.StatedBounds ?? "[)"),
        };
        return new JObject { ["start"] = start, ["end"] = end, ["bounds"] = bounds };
    }

    private static JToken DateJson(DateValue d)
    {
        if (d.Start is not { } start || d.End is not { } end)
        {
            return new JValue(d.Expression ?? "unresolved");
        }

        // "18 months ago" covers its month; the corpus gives the day the count lands on.
        if (d.CountedDay is { } counted)
        {
            return new JValue(counted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        // A month or year whose year was written (or is relative, "last month") is a partial date; one whose year was
        // inferred ("in April") has no partial form of its own and is given as its days, as the corpus README says.
        if ((d.Granularity == DateGranularity.Day || d.Granularity is DateGranularity.Month or DateGranularity.Year && !d.IsYearInferred)
            && start != DateOnly.MinValue && end != DateOnly.MaxValue)
        {
            return new JValue(d.ToNormalString());
        }

        // A range of two stated parts ends, in the corpus form, where its last part begins (2014-2018 ends on
        // 2018-01-01); the library's End is after the whole last part (docs/values.md, "Ranges").
        DateOnly last = d.LastPartStart ?? end;
        return new JObject
        {
            ["start"] = start == DateOnly.MinValue ? JValue.CreateNull() : start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["end"] = last == DateOnly.MaxValue ? JValue.CreateNull() : last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
