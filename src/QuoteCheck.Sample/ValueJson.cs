using System.Globalization;
using Newtonsoft.Json;
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

    /// <summary>
    /// Writes a value as one JSON object. Streamed through a <see cref="JsonWriter"/> (tests and the evaluation get
    /// tokens with a <see cref="JTokenWriter"/>): building <c>JObject</c>s here tripled the native console's size.
    /// </summary>
    public static void Write(JsonWriter json, RecognizedValue value)
    {
        json.WriteStartObject();
        json.WritePropertyName("text");
        json.WriteValue(value.Text);
        json.WritePropertyName("start");
        json.WriteValue(value.Span.Start);
        json.WritePropertyName("end");
        json.WriteValue(value.Span.End);
        json.WritePropertyName("type");
        json.WriteValue(TypeName(value));
        json.WritePropertyName("value");
        WriteNormalValue(json, value);
        if (value.Value is NumberValue { Unit: { } unit } && unit != "%")
        {
            json.WritePropertyName("unit");
            json.WriteValue(unit);
        }

        if (value.Value.Qualifier != Qualifier.Exact)
        {
            json.WritePropertyName("qualifier");
            json.WriteValue(value.Value.Qualifier.ToString());
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the <c>value</c> field.</summary>
    public static void WriteNormalValue(JsonWriter json, RecognizedValue value)
    {
        switch (value.Value)
        {
            case NumberValue n when value.Kind == ValueKind.NumberRange || n.Qualifier == Qualifier.Range && n.Unit is null:
                WriteNumberRange(json, n);
                break;
            case NumberValue n:
                WriteNumber(json, n.Value);
                break;
            case DurationValue d:
                json.WriteValue(d.ToNormalString());
                break;
            case DateValue d:
                WriteDate(json, d);
                break;
            default:
                json.WriteValue(value.Value.ToNormalString());
                break;
        }
    }

    /// <summary>A JSON number: whole numbers without a decimal point.</summary>
    private static void WriteNumber(JsonWriter json, double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            json.WriteValue((long)value);
        }
        else
        {
            json.WriteValue(value);
        }
    }

    private static void WriteNumberRange(JsonWriter json, NumberValue n)
    {
        (double? start, double? end, string bounds) = n.Qualifier switch
        {
            Qualifier.MoreThan => ((double?)n.Value, (double?)null, "()"),
            Qualifier.AtLeast => (n.Value, null, "[)"),
            Qualifier.LessThan => (null, n.Value, "()"),
            Qualifier.AtMost => (null, n.Value, "(]"),
            // A stated range is given as the corpus gives it: the first figure included, the second as the end.
            // Two bounds ("more than 5 and at most 10") say themselves which ends are included.
            _ => ((double?)n.Interval.Min, (double?)n.Interval.Max, n.StatedBounds ?? "[)"),
        };
        json.WriteStartObject();
        json.WritePropertyName("start");
        WriteNumberOrNull(json, start);
        json.WritePropertyName("end");
        WriteNumberOrNull(json, end);
        json.WritePropertyName("bounds");
        json.WriteValue(bounds);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(JsonWriter json, double? value)
    {
        if (value is { } number)
        {
            WriteNumber(json, number);
        }
        else
        {
            json.WriteNull();
        }
    }

    private static void WriteDate(JsonWriter json, DateValue d)
    {
        if (d.Start is not { } start || d.End is not { } end)
        {
            json.WriteValue(d.Expression ?? "unresolved");
            return;
        }

        // "18 months ago" covers its month; the corpus gives the day the count lands on.
        if (d.CountedDay is { } counted)
        {
            json.WriteValue(counted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return;
        }

        // A month or year whose year was written (or is relative, "last month") is a partial date; one whose year was
        // inferred ("in April") has no partial form of its own and is given as its days, as the corpus README says.
        if ((d.Granularity == DateGranularity.Day || d.Granularity is DateGranularity.Month or DateGranularity.Year && !d.IsYearInferred)
            && start != DateOnly.MinValue && end != DateOnly.MaxValue)
        {
            json.WriteValue(d.ToNormalString());
            return;
        }

        // A range of two stated parts ends, in the corpus form, where its last part begins (2014-2018 ends on
        // 2018-01-01); the library's End is after the whole last part (docs/values.md, "Ranges").
        DateOnly last = d.LastPartStart ?? end;
        json.WriteStartObject();
        json.WritePropertyName("start");
        json.WriteValue(start == DateOnly.MinValue ? null : start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WritePropertyName("end");
        json.WriteValue(last == DateOnly.MaxValue ? null : last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }
}
