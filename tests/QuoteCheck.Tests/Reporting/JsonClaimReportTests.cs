using Newtonsoft.Json.Linq;
using QuoteCheck.Reporting;
using QuoteCheck.Tests.Support;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reporting;

/// <summary>The claims part of the JSON report (documents[].claims[]), on invented text.</summary>
public class JsonClaimReportTests
{
    private const string Text =
        "More than 4,200 people died in the flood at Varnholt. " +
        "The Harlow ceasefire collapsed in November 2029, and the two mayors held their first talks in 20 months on Tuesday.";

    private static string Write(SourceDocument document)
    {
        using var writer = new StringWriter();
        JsonReportWriter.Instance.Write(QuoteChecker.Default.Check([document]), writer);
        return writer.ToString();
    }

    private static JArray Claims(SourceDocument document) => (JArray)JObject.Parse(Write(document))["documents"]![0]!["claims"]!;

    [Test]
    public void ANumberClaimHasItsValueIntervalAndSubject()
    {
        JToken claim = Claims(SourceDocument.Create("t", Text, new DateOnly(2031, 7, 16))).Single(c => (string?)c["kind"] == "death-toll");
        Assert.Multiple(() =>
        {
            Assert.That((string?)claim["text"], Is.EqualTo("More than 4,200"));
            Assert.That(Text[(int)claim["start"]!..(int)claim["end"]!], Is.EqualTo("More than 4,200"));
            Assert.That(claim["value"]!.Type, Is.EqualTo(JTokenType.Integer));
            Assert.That((long)claim["value"]!, Is.EqualTo(4200));
            Assert.That((long?)claim["interval"]!["min"], Is.EqualTo(4200));
            Assert.That(claim["interval"]!["max"]!.Type, Is.EqualTo(JTokenType.Null), "an open side is null");
            Assert.That((string?)claim["qualifier"], Is.EqualTo("more-than"));
            Assert.That((string?)claim["subject"], Is.EqualTo("people died in the flood"));
            Assert.That(Text[(int)claim["subjectStart"]!..(int)claim["subjectEnd"]!], Is.EqualTo("people died in the flood"));
            Assert.That(claim["speaker"]!.Type, Is.EqualTo(JTokenType.Null));
            Assert.That((string?)claim["rule"], Is.EqualTo("death-toll"));
        });
    }

    [Test]
    public void ADurationClaimHasItsImpliedDate()
    {
        JToken claim = Claims(SourceDocument.Create("t", Text, new DateOnly(2031, 7, 16))).Single(c => (string?)c["kind"] == "duration");
        Assert.Multiple(() =>
        {
            Assert.That((string?)claim["value"], Is.EqualTo("P20M"));
            Assert.That((string?)claim["unit"], Is.EqualTo("month"));
            Assert.That((string?)claim["granularity"], Is.EqualTo("month"));
            Assert.That((string?)claim["impliedDate"]!["value"], Is.EqualTo("2029-11"));
            Assert.That((string?)claim["impliedDate"]!["interval"]!["min"], Is.EqualTo("2029-11-01"));
            Assert.That((string?)claim["impliedDate"]!["interval"]!["max"], Is.EqualTo("2029-11-30"));
        });
    }

    [Test]
    public void ADateClaimHasAnIsoValueAndDayBounds()
    {
        ValueSupport.RequireDates();
        JToken claim = Claims(SourceDocument.Create("t", Text, new DateOnly(2031, 7, 16))).First(c => (string?)c["kind"] == "date");
        Assert.Multiple(() =>
        {
            Assert.That((string?)claim["text"], Is.EqualTo("November 2029"));
            Assert.That((string?)claim["value"], Is.EqualTo("2029-11"));
            Assert.That((string?)claim["interval"]!["min"], Is.EqualTo("2029-11-01"));
            Assert.That((string?)claim["interval"]!["max"], Is.EqualTo("2029-11-30"));
            Assert.That((string?)claim["granularity"], Is.EqualTo("month"));
            Assert.That((string?)claim["subject"], Does.Contain("collapsed"));
        });
    }

    [Test]
    public void TheSameInputGivesTheSameBytes()
    {
        string first = Write(SourceDocument.Create("t", Text, new DateOnly(2031, 7, 16)));
        string second = Write(SourceDocument.Create("t", Text, new DateOnly(2031, 7, 16)));
        Assert.That(second, Is.EqualTo(first));
    }
}
