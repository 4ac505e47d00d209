using Newtonsoft.Json.Linq;
using QuoteCheck.CrossCheck;
using QuoteCheck.Reporting;
using QuoteCheck.Tests.Support;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.CrossCheck;

/// <summary>
/// The done-when of the cross-check on ../shared/seeds: what must be reported and what must stay quiet.
/// Cases live in Specs/crosscheck-seeds.json; the seeds are read at run time, checked once as one cluster
/// through the console's JSON writer, and never copied.
/// </summary>
public class SeedCrossCheckTests
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "crosscheck-seeds.json");
    private static readonly Lazy<JObject> Report = new(Check);

    public static IEnumerable<TestCaseData> Cases() =>
        JObject.Parse(File.ReadAllText(SpecPath))["cases"]!
            .Select(c => new TestCaseData(c).SetName("Seeds cross-check: " + (string)c["name"]!));

    private static JObject Check()
    {
        string seeds = SharedData.RequireSeeds();
        SourceDocument[] documents = [.. Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(static p => SourceDocument.Load(p))];
        using var output = new StringWriter();
        JsonReportWriter.Instance.Write(QuoteChecker.Default.Check(documents), output);
        return JObject.Parse(output.ToString());
    }

    [TestCaseSource(nameof(Cases))]
    public void SeedFinding(JToken spec)
    {
        SharedData.RequireSeeds();
        JToken[] conflicts = [.. Report.Value["conflicts"]!];
        string why = (string)spec["why"]!;
        if ((string)spec["expect"]! == "conflict")
        {
            string kind = (string)spec["kind"]!;
            JToken[] sides = [.. spec["sides"]!];
            bool found = conflicts.Any(c => (string?)c["kind"] == kind && sides.All(side => c["evidence"]!.Any(e => Matches(e, side))));
            Assert.That(found, Is.True, $"{why}\nno {kind} finding with all sides; findings:\n{Describe(conflicts)}");
        }
        else
        {
            string[] texts = spec["texts"] is JArray many ? [.. many.Select(static t => (string)t!)] : [(string)spec["text"]!];
            JToken[] offending = [.. conflicts.Where(c => (string?)c["severity"] != "info"
                && c["evidence"]!.Any(e => texts.Any(t => ((string)e["text"]!).Contains(t, StringComparison.OrdinalIgnoreCase))))];
            Assert.That(offending, Is.Empty, $"{why}\n{Describe(offending)}");
        }
    }

    private static bool Matches(JToken evidence, JToken side) =>
        ((string)evidence["document"]!).StartsWith((string)side["seed"]! + "_", StringComparison.Ordinal)
        && ((string)evidence["text"]!).Contains((string)side["text"]!, StringComparison.OrdinalIgnoreCase);

    private static string Describe(IEnumerable<JToken> conflicts) =>
        string.Join("\n", conflicts.Select(static c => $"  {(string?)c["kind"]}: {(string?)c["explanation"]}"));
}
