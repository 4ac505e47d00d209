using QuoteCheck.Reporting;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>
/// Article text, ids, outlets and titles are hostile data: the Markdown report of a cross-check cannot be made
/// to carry a link, an image or raw HTML taken from them, wherever in the article they stand.
/// </summary>
public class MarkdownInjectionTests
{
    private const string Payload = "[click](javascript:alert(1)) ![pixel](https://tracker.invalid/p.gif) <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">x</a> <https://autolink.invalid>";

    [Test]
    public void LinksImagesAndHtmlFromArticlesComeOutAsText()
    {
        string Article(string figure) =>
            "The Veldra and Ostmark delegations met in Harrow Bay.\n\n" +
            $"\"Nobody should have sailed {Payload},\" harbour master Orla Vance said.\n\n" +
            $"At least {figure} people died when the ferry sank, officials said {Payload}.\n" +
            "[ref]: javascript:alert(4)\n\n" +
            $"{Payload}\n# not a heading\n> not a quote";
        var documents = new[]
        {
            SourceDocument.Create("a](javascript:alert(5)).txt", Article("14"), new DateOnly(2031, 5, 4), outlet: "![x](javascript:alert(6))", title: "<script>alert(7)</script>"),
            SourceDocument.Create("b<img src=x>.txt", Article("16"), new DateOnly(2031, 5, 4), outlet: "Harbour [Gazette](javascript:alert(8))"),
        };
        CrossCheckReport report = QuoteChecker.Default.Check(documents);
        Assume.That(report.Conflicts, Is.Not.Empty, "the report must show evidence from the articles for this test to mean something");

        using var output = new StringWriter();
        MarkdownReportWriter.Instance.Write(report, output);
        string markdown = output.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("Nobody should have sailed \\[click\\]"), "the articles' words are in the report, escaped");
            Assert.That(markdown, Does.Not.Contain("]("), "no inline link or image");
            Assert.That(markdown, Does.Not.Contain("!["), "no image");
            Assert.That(markdown, Does.Not.Contain("<img").And.Not.Contain("<a ").And.Not.Contain("<script").And.Not.Contain("<http"), "no raw HTML or autolink");
            Assert.That(markdown, Does.Not.Contain("javascript:"), "a scheme's colon is escaped");
            Assert.That(markdown.Split('\n'), Has.None.StartsWith("[ref]").And.None.StartsWith("# not").And.None.StartsWith("> not"),
                "an article's line cannot start a block (a link definition, a heading, a quote) of its own");
        });
    }
}
