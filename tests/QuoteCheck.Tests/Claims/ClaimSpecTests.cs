using System.Globalization;
using Newtonsoft.Json.Linq;
using QuoteCheck.Claims;
using QuoteCheck.Tests.Support;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Claims;

/// <summary>Runs Specs/claims.json: each invented input must yield the claim described, at the exact span.</summary>
public class ClaimSpecTests
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "claims.json");

    public static IEnumerable<TestCaseData> Cases() =>
        JObject.Parse(File.ReadAllText(SpecPath))["cases"]!
            .Select(c => new TestCaseData(c).SetName("Claims: " + (string)c["name"]!));

    [TestCaseSource(nameof(Cases))]
    public void YieldsTheClaim(JToken spec)
    {
        string input = (string)spec["input"]!;
        string kind = (string)spec["kind"]!;
        if (kind == "date")
        {
            ValueSupport.RequireDates();
        }

        DateOnly? published = (string?)spec["published"] is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        IReadOnlyList<Claim> claims = QuoteChecker.Default.Analyze(SourceDocument.Create("spec", input, published)).Claims;
        Claim? claim = claims.FirstOrDefault(c => c.Kind == kind && c.Text == (string)spec["text"]!);
        string why = (string)spec["why"]!;
        if ((bool?)spec["absent"] == true)
        {
            // A case that names words which must not make a claim of this kind.
            Assert.That(claim, Is.Null, $"{why} Found: {string.Join("; ", claims.Select(c => $"{c.Kind} '{c.Text}'"))}");
            return;
        }

        Assert.That(claim, Is.Not.Null, $"{why} Found: {string.Join("; ", claims.Select(c => $"{c.Kind} '{c.Text}'"))}");
        Assert.Multiple(() =>
        {
            Assert.That((claim!.Span.Start, claim.Span.Length), Is.EqualTo(((int)spec["start"]!, (int)spec["length"]!)), "span: " + why);
            Assert.That(input.Substring(claim.Span.Start, claim.Span.Length), Is.EqualTo(claim.Text), "the span indexes the input");
            if ((string?)spec["value"] is { } value)
            {
                Assert.That(claim.Value.Value.ToNormalString(), Is.EqualTo(value), "value: " + why);
            }

            if ((string?)spec["valuePrefix"] is { } prefix)
            {
                Assert.That(claim.Value.Value.ToNormalString(), Does.StartWith(prefix), "value: " + why);
            }

            Assert.That(claim.Subject, Is.EqualTo((string?)spec["subject"]), "subject: " + why);
            if ((string?)spec["impliedDate"] is { } implied)
            {
                Assert.That(claim.ImpliedDate?.ToNormalString(), Is.EqualTo(implied), "implied date: " + why);
            }
        });
    }
}
