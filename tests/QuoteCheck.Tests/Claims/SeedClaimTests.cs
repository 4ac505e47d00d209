using Newtonsoft.Json.Linq;
using QuoteCheck.Reporting;
using QuoteCheck.Tests.Support;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Claims;

/// <summary>
/// The claims the issue names on ../shared/seeds, checked in the console's JSON (the report writer's output).
/// Cases live in Specs/claims-seeds.json; the seed texts are read at run time and never copied.
/// </summary>
public class SeedClaimTests
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "claims-seeds.json");

    public static IEnumerable<TestCaseData> Cases() =>
        JObject.Parse(File.ReadAllText(SpecPath))["cases"]!
            .Select(c => new TestCaseData(c).SetName("Seeds: " + (string)c["name"]!));

    [TestCaseSource(nameof(Cases))]
    public void ClaimIsRightInTheJsonReport(JToken spec)
    {
        string seeds = SharedData.RequireSeeds();
        if ((string)spec["kind"]! == "date")
        {
            ValueSupport.RequireDates();
        }

        string file = Directory.GetFiles(seeds, (string)spec["seed"]! + "_*.txt").Single();
        SourceDocument document = SourceDocument.Load(file);
        if ((string?)spec["published"] is { } published && document.Published is null)
        {
            document = document.WithPublished(DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        JToken claim = FindClaim(document, (string)spec["text"]!, (int?)spec["occurrence"] ?? 1);
        string why = (string)spec["why"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)claim["kind"], Is.EqualTo((string)spec["kind"]!), why);
            if (spec["value"] is { } value)
            {
                Assert.That(claim["value"]!.ToString(), Is.EqualTo(value.ToString()), why);
            }

            if (spec["valuePrefix"] is { } prefix)
            {
                Assert.That(claim["value"]!.ToString(), Does.StartWith(prefix.ToString()), why);
            }

            if (spec["min"] is { } min)
            {
                Assert.That(claim["interval"]!["min"]!.ToString(), Is.EqualTo(min.ToString()), "interval.min: " + why);
            }

            if (spec["max"] is { } max)
            {
                Assert.That(claim["interval"]!["max"]!.ToString(), Is.EqualTo(max.ToString()), "interval.max: " + why);
            }

            if ((string?)spec["granularity"] is { } granularity)
            {
                Assert.That((string?)claim["granularity"], Is.EqualTo(granularity), why);
            }

            if (spec["resolved"] is { } resolved && !(bool)resolved)
            {
                Assert.That(claim["interval"]!.Type, Is.EqualTo(JTokenType.Null), "an unresolved date has no interval: " + why);
            }

            foreach (JToken words in spec["subject"] ?? new JArray())
            {
                Assert.That((string?)claim["subject"], Does.Contain((string)words!).IgnoreCase, "subject: " + why);
            }

            CheckImpliedDate(spec, claim, why);
        });
    }

    private static void CheckImpliedDate(JToken spec, JToken claim, string why)
    {
        JToken implied = claim["impliedDate"]!;
        if (spec["impliedResolved"] is { } resolved && !(bool)resolved)
        {
            Assert.That(implied.Type, Is.EqualTo(JTokenType.Object), "implied date: " + why);
            Assert.That(implied.Type == JTokenType.Object ? implied["interval"]!.Type : JTokenType.Undefined, Is.EqualTo(JTokenType.Null), "unresolved: " + why);
        }

        if ((string?)spec["impliedWithin"] is { } within)
        {
            (string min, string max) = Bounds(implied);
            string from = within.Length == 7 ? within + "-01" : within;
            string to = within.Length == 7 ? within + "-31" : within;
            Assert.That(string.CompareOrdinal(min, from) >= 0 && string.CompareOrdinal(max, to) <= 0, Is.True,
                $"implied date {min}..{max} should lie in {within}: {why}");
        }

        foreach (JToken day in spec["impliedIncludes"] ?? new JArray())
        {
            (string min, string max) = Bounds(implied);
            string d = (string)day!;
            Assert.That(string.CompareOrdinal(min, d) <= 0 && string.CompareOrdinal(d, max) <= 0, Is.True,
                $"implied date {min}..{max} should include {d}: {why}");
        }
    }

    private static (string Min, string Max) Bounds(JToken implied) =>
        implied.Type == JTokenType.Object && implied["interval"] is JObject interval
            ? ((string?)interval["min"] ?? "0000", (string?)interval["max"] ?? "9999")
            : ("none", "none");

    private static JToken FindClaim(SourceDocument document, string text, int occurrence)
    {
        using var writer = new StringWriter();
        JsonReportWriter.Instance.Write(QuoteChecker.Default.Check([document]), writer);
        JArray claims = (JArray)JObject.Parse(writer.ToString())["documents"]![0]!["claims"]!;
        JToken[] matching = [.. claims.Where(c => ((string?)c["text"])?.Contains(text, StringComparison.OrdinalIgnoreCase) == true)];
        if (matching.Length < occurrence)
        {
            Assert.Fail($"no claim #{occurrence} with the words '{text}' in {document.Id}; claims: " +
                string.Join("; ", claims.Select(c => $"{c["kind"]} '{c["text"]}' = {c["value"]}")));
        }

        return matching[occurrence - 1];
    }
}
