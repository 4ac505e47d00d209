using Newtonsoft.Json;
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

            (string? id, string? text, string? referenceDate) = ReadCase(line, path, lineNumber);
            id ??= lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (text is null)
            {
                throw new UsageException($"{path}:{lineNumber}: no \"input\"");
            }

            DateOnly? reference = referenceDate is { Length: >= 10 } r && DateOnly.TryParse(r.AsSpan(0, 10), System.Globalization.CultureInfo.InvariantCulture, out DateOnly d) ? d : null;
            using (var json = new JsonTextWriter(stdout) { CloseOutput = false, Formatting = Formatting.None, Culture = System.Globalization.CultureInfo.InvariantCulture })
            {
                json.WriteStartObject();
                json.WritePropertyName("id");
                json.WriteValue(id);
                json.WritePropertyName("found");
                json.WriteStartArray();
                foreach (RecognizedValue value in QuoteChecker.Default.RecognizeValues(text, reference))
                {
                    ValueJson.Write(json, value);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            stdout.Write('\n');
        }

        return Cli.Success;
    }

    /// <summary>
    /// The <c>id</c>, <c>input</c> and <c>referenceDate</c> of one JSON Lines case, read as a stream (other fields
    /// skipped); a field that is a number or true/false is read as its text. Strings stay strings (no date parsing).
    /// </summary>
    private static (string? Id, string? Input, string? ReferenceDate) ReadCase(string line, string path, int lineNumber)
    {
        string? id = null, input = null, referenceDate = null;
        try
        {
            using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
            if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
            {
                throw new UsageException($"{path}:{lineNumber}: not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                string name = (string)reader.Value!;
                if (!reader.Read())
                {
                    break;
                }

                string? value = reader.TokenType switch
                {
                    JsonToken.String => (string?)reader.Value,
                    JsonToken.Integer or JsonToken.Float or JsonToken.Boolean => Convert.ToString(reader.Value, System.Globalization.CultureInfo.InvariantCulture),
                    JsonToken.Null => null,
                    _ => Skip(reader),
                };
                switch (name)
                {
                    case "id":
                        id = value;
                        break;
                    case "input":
                        input = value;
                        break;
                    case "referenceDate":
                        referenceDate = value;
                        break;
                }
            }

            if (reader.TokenType != JsonToken.EndObject || reader.Read())
            {
                throw new JsonReaderException("the line holds more than one JSON object");
            }
        }
        catch (JsonReaderException e)
        {
            throw new UsageException($"{path}:{lineNumber}: not a JSON object: {e.Message}");
        }

        return (id, input, referenceDate);

        static string? Skip(JsonTextReader reader)
        {
            reader.Skip(); // an object or array where text was expected: not read
            return null;
        }
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
