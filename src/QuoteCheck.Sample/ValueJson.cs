using Newtonsoft.Json.Linq;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.Sample;

/// <summary>The <c>values --jsonl</c> form of a recognised value (the dates-numbers corpus's normal form).</summary>
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

    public static JObject ToJson(RecognizedValue value) => new()
    {
        ["text"] = value.Text,
        ["start"] = value.Span.Start,
        ["end"] = value.Span.End,
        ["type"] = TypeName(value.Kind),
        ["value"] = value.Value.ToNormalString(),
    };
}
