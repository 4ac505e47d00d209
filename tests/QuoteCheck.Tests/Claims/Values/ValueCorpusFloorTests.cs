using System.Globalization;
using Newtonsoft.Json.Linq;
using QuoteCheck.Claims.Values;
using QuoteCheck.Sample;
using QuoteCheck.Tests.Support;

namespace QuoteCheck.Tests.Claims.Values;

/// <summary>
/// The dev split of ../shared/corpus/dates-numbers, scored in C# the way its README describes (simplified:
/// one-to-one pairing by largest overlap, values compared in the corpus's normal form). The floor sits a
/// little under what we measure, so a regression fails the build. The test split is never used here.
/// </summary>
public class ValueCorpusFloorTests
{
    private static readonly string[] Suites = ["number", "percent", "numberrange", "currency", "date", "daterange", "duration", "date-negative"];

    [Test]
    public void DevSplitStaysAboveTheFloor()
    {
        string path = Path.Combine(SharedData.RequireCorpus("dates-numbers"), "dev.jsonl");
        int gold = 0, found = 0, matched = 0, valued = 0, correct = 0;
        foreach (string line in File.ReadLines(path))
        {
            JObject c = JObject.Parse(line);
            string suite = (string)c["suite"]!;
            if (!Suites.Contains(suite))
            {
                continue;
            }

            string input = (string)c["input"]!;
            DateOnly? reference = (string?)c["referenceDate"] is { Length: >= 10 } r ? DateOnly.ParseExact(r[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var ours = QuoteChecker.Default.RecognizeValues(input, reference).Where(v => Wanted(suite, v.Kind)).ToList();
            var expected = ((JArray?)c["expected"] ?? []).Cast<JObject>().ToList();
            var ignore = ((JArray?)c["ignore"] ?? []).Cast<JObject>().Select(g => ((int)g["start"]!, (int)g["end"]!)).ToList();
            bool exhaustive = (bool?)c["exhaustive"] ?? true;
            var pairs = Pair(expected, ours);
            gold += expected.Count;
            matched += pairs.Count;
            found += ours.Where((v, i) => pairs.Any(p => p.Found == i)
                || (!ignore.Any(s => Overlap(s, v)) && (exhaustive || expected.Any(g => Overlap(Bounds(g), v))))).Count();
            foreach ((int g, int f) in pairs)
            {
                JToken? goldValue = expected[g]["value"];
                if (goldValue is null || goldValue.Type == JTokenType.Null)
                {
                    continue;
                }

                valued++;
                using var token = new JTokenWriter();
                ValueJson.WriteNormalValue(token, ours[f]);
                JToken value = token.Token!;
                IEnumerable<JToken> accepted = new[] { goldValue }.Concat(expected[g]["alt"] is JArray alt ? alt : []);
                correct += accepted.Any(a => SameValue(a, value)) ? 1 : 0;
            }
        }

        double precision = (double)matched / Math.Max(1, found), recall = (double)matched / Math.Max(1, gold);
        double f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        double accuracy = (double)correct / Math.Max(1, valued);
        TestContext.Out.WriteLine($"dev: span F1 {f1:0.000} (P {precision:0.000} R {recall:0.000}), value accuracy {accuracy:0.000} over {valued}");
        Assert.Multiple(() =>
        {
            Assert.That(f1, Is.GreaterThanOrEqualTo(0.90), "span F1 on dev");
            Assert.That(accuracy, Is.GreaterThanOrEqualTo(0.75), "value accuracy on dev");
        });
    }

    private static bool Wanted(string suite, ValueKind kind) => suite switch
    {
        "number" => kind == ValueKind.Number,
        "percent" => kind == ValueKind.Percent,
        "numberrange" => kind == ValueKind.NumberRange,
        "currency" => kind == ValueKind.Currency,
        _ => kind is ValueKind.Date or ValueKind.DateRange or ValueKind.Duration,
    };

    private static (int Start, int End) Bounds(JObject g) => ((int?)g["start"] ?? 0, (int?)g["end"] ?? 0);

    private static bool Overlap((int Start, int End) a, RecognizedValue v) => Math.Min(a.End, v.Span.End) > Math.Max(a.Start, v.Span.Start);

    private static List<(int Gold, int Found)> Pair(List<JObject> gold, List<RecognizedValue> found)
    {
        var candidates = new List<(int Overlap, int Gold, int Found)>();
        for (int g = 0; g < gold.Count; g++)
        {
            (int s, int e) = Bounds(gold[g]);
            for (int f = 0; f < found.Count; f++)
            {
                int overlap = Math.Min(e, found[f].Span.End) - Math.Max(s, found[f].Span.Start);
                if (overlap > 0)
                {
                    candidates.Add((overlap, g, f));
                }
            }
        }

        var pairs = new List<(int, int)>();
        var usedGold = new HashSet<int>();
        var usedFound = new HashSet<int>();
        foreach ((int _, int g, int f) in candidates.OrderByDescending(c => c.Overlap))
        {
            if (usedGold.Add(g))
            {
                if (usedFound.Add(f))
                {
                    pairs.Add((g, f));
                }
                else
                {
                    usedGold.Remove(g);
                }
            }
        }

        return pairs;
    }

    /// <summary>Numbers within 1e-9 relative, strings (dates, durations) after trimming, ranges bound by bound.</summary>
    private static bool SameValue(JToken gold, JToken ours)
    {
        if (gold is JObject g)
        {
            return ours is JObject o && SameValue(g["start"] ?? JValue.CreateNull(), o["start"] ?? JValue.CreateNull())
                && SameValue(g["end"] ?? JValue.CreateNull(), o["end"] ?? JValue.CreateNull());
        }

        if (gold.Type == JTokenType.Null || ours.Type == JTokenType.Null)
        {
            return gold.Type == ours.Type;
        }

        if (gold.Type is JTokenType.Integer or JTokenType.Float && ours.Type is JTokenType.Integer or JTokenType.Float)
        {
            double a = (double)gold, b = (double)ours;
            return a == b || Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
        }

        return string.Equals(gold.ToString(), ours.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
