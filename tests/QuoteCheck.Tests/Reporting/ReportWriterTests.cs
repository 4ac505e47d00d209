using Newtonsoft.Json.Linq;
using QuoteCheck.CrossCheck;
using QuoteCheck.Quotes;
using QuoteCheck.Reporting;
using QuoteCheck.Tests.CrossCheck;

namespace QuoteCheck.Tests.Reporting;

/// <summary>The JSON, text, Markdown and HTML writers on a small invented report with a misattribution and hostile text.</summary>
public class ReportWriterTests
{
    private const string Hostile = "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)> **bold** & \"quotes\"";

    private static CrossCheckReport Report()
    {
        const string setting = "The Veldra and Ostmark delegations met in Harrow Bay.\n\n";
        const string quote = "Nobody should have sailed in that weather " + Hostile;
        var a = new Article("a<1>.txt", setting + "\"" + quote + "\", Vance said.\n\nThe harbour master closed the northern quay on Tuesday after the tide gauge failed twice in one week.")
            .Quote(quote, "Orla Vance");
        var b = new Article("b.txt", setting + "\"" + quote + "\", said Maren Holt.\n\nVolunteers from the lifeboat station handed out blankets and soup to relatives waiting in the ferry terminal.")
            .Quote(quote, "Maren Holt");
        return QuoteChecker.Default.CrossCheck([a.Build(), b.Build()]);
    }

    private static string Write(IReportWriter writer, CrossCheckReport report)
    {
        using var output = new StringWriter();
        writer.Write(report, output);
        return output.ToString();
    }

    [Test]
    public void JsonHasGroupsAndConflictsBesideDocumentsWithEvidenceSpans()
    {
        CrossCheckReport report = Report();
        JObject json = JObject.Parse(Write(JsonReportWriter.Instance, report));
        JToken conflict = json["conflicts"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((int)json["schemaVersion"]!, Is.EqualTo(CrossCheckReport.SchemaVersion));
            Assert.That(json.Properties().Select(static p => p.Name), Is.EqualTo(new[] { "schemaVersion", "documents", "quoteGroups", "claimGroups", "conflicts" }));
            Assert.That((string?)conflict["kind"], Is.EqualTo("quote-speaker"));
            Assert.That((string?)conflict["severity"], Is.EqualTo("high"));
            Assert.That((string?)conflict["explanation"], Is.EqualTo(report.Conflicts[0].Explanation));
            foreach (JToken evidence in conflict["evidence"]!)
            {
                string text = report.Documents.Single(d => d.Document.Id == (string?)evidence["document"]).Document.Text;
                int start = (int)evidence["start"]!, end = (int)evidence["end"]!;
                Assert.That(text[start..end], Is.EqualTo((string?)evidence["text"]));
            }

            Assert.That(((JArray)json["quoteGroups"]![0]!["members"]!).Count, Is.EqualTo(2));
        });
    }

    [Test]
    public void JsonIsByteIdenticalForTheSameInput()
    {
        string first = Write(JsonReportWriter.Instance, Report());
        string second = Write(JsonReportWriter.Instance, Report());
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void TextPutsConflictsFirstThenAgreementsThenDocuments()
    {
        string text = Write(new TextReportWriter(), Report());
        int conflicts = text.IndexOf("Conflicts (1)", StringComparison.Ordinal);
        int agreements = text.IndexOf("Agreements", StringComparison.Ordinal);
        int documents = text.IndexOf("a<1>.txt\n", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(conflicts, Is.EqualTo(0));
            Assert.That(agreements, Is.GreaterThan(conflicts));
            Assert.That(documents, Is.GreaterThan(agreements));
            Assert.That(text, Does.Contain("[high] quote-speaker"));
        });
    }

    [TestCase("<script>", "&lt;script&gt;")]
    [TestCase("[x](javascript:y)", "\\[x\\]\\(javascript\\:y\\)")]
    [TestCase("**b** _i_ `c`", "\\*\\*b\\*\\* \\_i\\_ \\`c\\`")]
    [TestCase("line\n# heading", "line \\# heading")]
    [TestCase("a & b", "a &amp; b")]
    public void MarkdownEscapesEverythingItCouldReadAsSyntax(string input, string expected) =>
        Assert.That(MarkdownReportWriter.Escape(input), Is.EqualTo(expected));

    [Test]
    public void MarkdownCarriesNoRawHtmlOrLinksFromArticles()
    {
        string markdown = Write(MarkdownReportWriter.Instance, Report());
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith("# QuoteCheck report"));
            Assert.That(markdown, Does.Not.Contain("<script").And.Not.Contain("<img").And.Not.Contain("](javascript"));
            Assert.That(markdown, Does.Contain("### c1: quote-speaker (high)"));
        });
    }

    [Test]
    public void HtmlEscapesArticlesAndAllowsOnlyItsOwnInlineCode()
    {
        string html = Write(HtmlReportWriter.Instance, Report());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Contain("Content-Security-Policy").And.Contain("default-src 'none'").And.Contain("script-src 'sha256-"));
            Assert.That(html, Does.Not.Contain("<script>alert").And.Not.Contain("<img").And.Not.Contain("<b>bold"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"), "self-contained: no network addresses");
            Assert.That(html, Does.Contain("data-ev=\"c1-0\"").And.Contain("data-ev=\"c1-1\""));
        });
    }

    [Test]
    public void EveryWriterRejectsNulls()
    {
        IReportWriter[] writers = [JsonReportWriter.Instance, new TextReportWriter(), MarkdownReportWriter.Instance, HtmlReportWriter.Instance];
        foreach (IReportWriter writer in writers)
        {
            Assert.Throws<ArgumentNullException>(() => writer.Write(null!, TextWriter.Null));
        }
    }
}
