using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.Sample;

/// <summary><c>quotecheck values</c>: lists the values recognised in a text, or evaluates a JSON Lines batch.</summary>
internal static class ValuesCommand
{
    public static int Run(CommandLine command, TextReader stdin, TextWriter stdout)
    {
        if (command.JsonlPath is { } jsonl)
        {
            return RunBatch(jsonl, stdin, stdout);
        }

        if (command.Paths.Count > 1)
        {
            throw new UsageException("values takes one FILE or - (standard input)");
        }

        string text = command.Paths.Count == 0 || command.Paths[0] == "-" ? stdin.ReadToEnd() : ReadFile(command.Paths[0]);
        foreach (RecognizedValue value in QuoteChecker.Default.RecognizeValues(text, command.Date))
        {
            stdout.WriteLine($"{value.Span.Start,6}-{value.Span.End,-6} {ValueJson.TypeName(value),-12} {value.Value.ToNormalString(),-24} {value.Text}");
        }

        return Cli.Success;
    }

    private static int RunBatch(string path, TextReader stdin, TextWriter stdout)
    {
        using TextReader reader = path == "-" ? stdin : OpenFile(path);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            JObject input;
            try
            {
                input = JObject.Parse(line);
            }
            catch (JsonReaderException e)
            {
                throw new UsageException($"{path}:{lineNumber}: not a JSON object: {e.Message}");
            }

            string id = (string?)input["id"] ?? lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string text = (string?)input["input"] ?? throw new UsageException($"{path}:{lineNumber}: no \"input\"");
            DateOnly? reference = (string?)input["referenceDate"] is { Length: >= 10 } r && DateOnly.TryParse(r.AsSpan(0, 10), System.Globalization.CultureInfo.InvariantCulture, out DateOnly d) ? d : null;
            var found = new JArray();
            foreach (RecognizedValue value in QuoteChecker.Default.RecognizeValues(text, reference))
            {
                found.Add(ValueJson.ToJson(value));
            }

            var output = new JObject { ["id"] = id, ["found"] = found };
            stdout.Write(output.ToString(Formatting.None));
            stdout.Write('\n');
        }

        return Cli.Success;
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }

    private static StreamReader OpenFile(string path)
    {
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }
}
