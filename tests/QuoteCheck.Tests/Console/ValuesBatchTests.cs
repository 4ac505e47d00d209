using Newtonsoft.Json.Linq;
using QuoteCheck.Sample;

namespace QuoteCheck.Tests.Console;

/// <summary>
/// <c>quotecheck values --jsonl</c>, the batch form the value corpora are evaluated with: one JSON object in, one
/// out, per line; a line that is not a case is a usage error that names the line.
/// </summary>
public class ValuesBatchTests
{
    private static (int Exit, string[] Lines, string Err) RunBatch(string stdin)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = Cli.Run(["values", "--jsonl", "-"], input, output, error);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Test]
    public void EachCaseGivesOneLineWithItsIdAndTheValuesFound()
    {
        var (exit, lines, error) = RunBatch(
            "{\"id\": \"harbour\", \"input\": \"Fees rose 12% on 4 May 2031.\", \"referenceDate\": \"2031-06-01\"}\n"
            + "\n"
            + "{\"id\": 7, \"input\": \"No figures here.\"}\n");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), error);
            Assert.That(lines, Has.Length.EqualTo(2));
        });

        JObject first = JObject.Parse(lines[0]), second = JObject.Parse(lines[1]);
        var found = (JArray)first["found"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)first["id"], Is.EqualTo("harbour"));
            Assert.That(found.Select(f => (string?)f["type"]), Is.EquivalentTo(new[] { "percent", "date" }));
            Assert.That(found.Select(f => (string?)f["text"]), Is.EquivalentTo(new[] { "12%", "4 May 2031" }));
            Assert.That((string?)found.Single(f => (string?)f["type"] == "date")["value"], Is.EqualTo("2031-05-04"));
            Assert.That((string?)second["id"], Is.EqualTo("7"), "a number id is read as its text");
            Assert.That((JArray)second["found"]!, Is.Empty);
        });
    }

    [Test]
    public void AnInputThatLooksLikeADateIsReadAsWritten()
    {
        // Strings are not parsed as dates on the way in: the text searched is the text given.
        var (exit, lines, _) = RunBatch("{\"id\": \"d\", \"input\": \"2031-05-04\"}\n");
        JObject line = JObject.Parse(lines.Single());
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(((JArray)line["found"]!).Select(f => (string?)f["text"]), Is.EqualTo(new[] { "2031-05-04" }));
        });
    }

    [TestCase("[1, 2]", "-:2: not a JSON object")]
    [TestCase("{\"input\": \"x\"} trailing", "-:2: not a JSON object")]
    [TestCase("{\"input\": \"unclosed", "-:2: not a JSON object")]
    [TestCase("{\"id\": \"no input\"}", "-:2: no \"input\"")]
    public void ALineThatIsNotACaseIsAUsageErrorNamingTheLine(string bad, string expected)
    {
        var (exit, _, error) = RunBatch("{\"id\": \"fine\", \"input\": \"ten days\"}\n" + bad + "\n");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("quotecheck: " + expected));
        });
    }
}
