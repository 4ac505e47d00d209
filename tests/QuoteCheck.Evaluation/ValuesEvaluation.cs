using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuoteCheck.Claims.Values;
using QuoteCheck.Text;

namespace QuoteCheck.Evaluation;

/// <summary>
/// Value recognition on dates-numbers: writes one {"id","found"} line per case for score.py, with only
/// the kinds of value the case's suite asks for (score.py does not filter by type).
/// </summary>
internal static class ValuesEvaluation
{
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: QuoteCheck.Evaluation values GOLD.jsonl OUT.jsonl");
            return 2;
        }

        using var output = new StreamWriter(args[1]) { NewLine = "\n" };
        int cases = 0;
        foreach (string line in File.ReadLines(args[0]))
        {
            if (line.Length == 0)
            {
                continue;
            }

            JObject gold = JObject.Parse(line);
            string input = (string?)gold["input"] ?? "";
            string suite = (string?)gold["suite"] ?? "";
            DateOnly? reference = (string?)gold["referenceDate"] is { Length: >= 10 } r
                && DateOnly.TryParseExact(r.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : null;
            var values = new List<RecognizedValue>();
            ValueRecognizer.Default.Recognize(input, new TextSpan(0, input.Length), reference, values);
            var found = new JArray();
            foreach (RecognizedValue value in values.Where(v => Wanted(suite, v.Kind)))
            {
                using var token = new JTokenWriter();
                Sample.ValueJson.Write(token, value);
                found.Add(token.Token!);
            }

            output.WriteLine(new JObject { ["id"] = gold["id"], ["found"] = found }.ToString(Formatting.None));
            cases++;
        }

        Console.Error.WriteLine($"values: {cases} cases written to {args[1]}");
        return 0;
    }

    /// <summary>The kinds a suite grades: number suites their own kind, date suites every date and duration.</summary>
    public static bool Wanted(string suite, ValueKind kind) => suite switch
    {
        "number" => kind == ValueKind.Number,
        "percent" => kind == ValueKind.Percent,
        "numberrange" => kind == ValueKind.NumberRange,
        "currency" => kind == ValueKind.Currency,
        "date" or "daterange" or "duration" or "datetime" or "datetimerange" or "date-negative" or "duration-negative"
            => kind is ValueKind.Date or ValueKind.DateRange or ValueKind.Duration,
        _ => false,
    };
}
