using Newtonsoft.Json;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.Claims;

/// <summary>
/// Reads claim rules from JSON, token by token, checking every property as it goes so that an error
/// names the line and position where it is. Nothing in a rule file names a type, a file or code: the
/// reader builds only <see cref="ClaimRule"/>s from plain strings and numbers (no type name handling, no
/// deserialiser at all).
/// </summary>
internal sealed class ClaimRuleJson
{
    private const int MaxWindow = 50;
    private const int MaxPriority = 1000;
    private const string RuleProperties = "name, kind, description, valueKinds, triggers, inflect, before, after, subject, requireSubject, topics, priority, anchor";

    private const int MaxFileLength = 4 * 1024 * 1024;

    private readonly JsonTextReader _reader;
    private readonly string _fileName;
    private readonly string[] _lines;

    private ClaimRuleJson(string text, string fileName)
    {
        _lines = text.Split('\n');
        _reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = 16,
            CloseInput = false,
        };
        _fileName = fileName;
    }

    public static IReadOnlyList<ClaimRule> Read(TextReader reader, string fileName)
    {
        // Rule files are small; reading the text whole lets errors point at the start of the bad token.
        char[] buffer = new char[MaxFileLength + 1];
        int length = reader.ReadBlock(buffer, 0, buffer.Length);
        if (length > MaxFileLength)
        {
            throw new ClaimRuleException(fileName, 0, 0, ClaimRuleErrors.TooLarge(MaxFileLength));
        }

        var json = new ClaimRuleJson(new string(buffer, 0, length), fileName);
        try
        {
            return json.ReadFile();
        }
        catch (JsonReaderException e)
        {
            // The JSON reader says line 0 when the very first character is wrong (it has not begun a line yet);
            // for a person that is line 1, position 1.
            (int line, int position) = e.LineNumber == 0 ? (1, 1) : (e.LineNumber, e.LinePosition);
            throw new ClaimRuleException(fileName, line, position, ClaimRuleErrors.BadJson(FirstSentence(e.Message)), e);
        }
    }

    private IReadOnlyList<ClaimRule> ReadFile()
    {
        if (!Next() || _reader.TokenType != JsonToken.StartObject)
        {
            throw Error(ClaimRuleErrors.NotAnObject);
        }

        List<ClaimRule>? rules = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(seen) is { } property)
        {
            switch (property)
            {
                case "rules":
                    rules = ReadRules();
                    break;
                case "description":
                case "$schema":
                    ReadString(property);
                    break;
                default:
                    throw Error(ClaimRuleErrors.UnknownProperty(property, "the file", "rules, description, $schema"));
            }
        }

        if (_reader.TokenType != JsonToken.EndObject)
        {
            throw Error(ClaimRuleErrors.NotAnObject);
        }

        if (Next())
        {
            throw Error(ClaimRuleErrors.TrailingContent);
        }

        return rules ?? throw new ClaimRuleException(_fileName, 1, 1, ClaimRuleErrors.NoRules);
    }

    private List<ClaimRule> ReadRules()
    {
        ExpectNext(JsonToken.StartArray, "rules", "an array of rules");
        var rules = new List<ClaimRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (Next() && _reader.TokenType != JsonToken.EndArray)
        {
            if (_reader.TokenType != JsonToken.StartObject)
            {
                throw Error(ClaimRuleErrors.RuleNotAnObject);
            }

            (int line, int position) = Position();
            ClaimRule rule = ReadRule(rules.Count, line, position);
            if (!names.Add(rule.Name))
            {
                throw new ClaimRuleException(_fileName, line, position, ClaimRuleErrors.Duplicate(rule.Name));
            }

            rules.Add(rule);
        }

        return rules;
    }

    /// <summary>The next property name of the current object, or null at its end; a name given twice is an error.</summary>
    private string? NextProperty(HashSet<string> seen)
    {
        if (!Next() || _reader.TokenType != JsonToken.PropertyName)
        {
            return null;
        }

        string property = (string)_reader.Value!;
        if (!seen.Add(property))
        {
            throw Error(ClaimRuleErrors.DuplicateProperty(property));
        }

        return property;
    }

    private ClaimRule ReadRule(int index, int line, int position)
    {
        string? name = null, kind = null;
        List<ValueKind>? valueKinds = null;
        List<string> triggers = [], topics = [];
        ClaimSubject? subject = null;
        int before = ClaimRule.DefaultWindow, after = ClaimRule.DefaultWindow, priority = 0;
        bool inflect = true, requireSubject = false;
        DurationAnchor anchor = DurationAnchor.None;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(seen) is { } property)
        {
            switch (property)
            {
                case "name":
                    name = ReadString(property);
                    if (!ClaimRuleNames.IsValid(name))
                    {
                        throw Error(ClaimRuleErrors.BadRuleName(name));
                    }

                    break;
                case "kind":
                    kind = ReadString(property);
                    if (!ClaimRuleNames.IsValid(kind))
                    {
                        throw Error(ClaimRuleErrors.BadKindName(kind));
                    }

                    break;
                case "description":
                    ReadString(property);
                    break;
                case "valueKinds":
                    valueKinds = [];
                    foreach (string item in ReadStrings(property))
                    {
                        valueKinds.Add(ClaimRuleNames.ParseValueKind(item) ?? throw Error(ClaimRuleErrors.BadValueKind(item)));
                    }

                    if (valueKinds.Count == 0)
                    {
                        throw Error(ClaimRuleErrors.NoValueKinds);
                    }

                    break;
                case "triggers":
                    foreach (string item in ReadStrings(property))
                    {
                        triggers.Add(ClaimRuleNames.NormalizePhrase(item) ?? throw Error(ClaimRuleErrors.BadTrigger(item)));
                    }

                    break;
                case "topics":
                    foreach (string item in ReadStrings(property))
                    {
                        topics.Add(ClaimRuleNames.NormalizePhrase(item) ?? throw Error(ClaimRuleErrors.BadTopic(item)));
                    }

                    break;
                case "subject":
                    subject = ClaimSubject.None;
                    foreach (string item in ReadStrings(property))
                    {
                        subject |= ParseSubjectPart(item) ?? throw Error(ClaimRuleErrors.BadSubjectPart(item));
                    }

                    break;
                case "requireSubject":
                    requireSubject = ReadBoolean(property);
                    break;
                case "inflect":
                    inflect = ReadBoolean(property);
                    break;
                case "before":
                    before = ReadInteger(property, 0, MaxWindow);
                    break;
                case "after":
                    after = ReadInteger(property, 0, MaxWindow);
                    break;
                case "priority":
                    priority = ReadInteger(property, -MaxPriority, MaxPriority);
                    break;
                case "anchor":
                    string text = ReadString(property);
                    anchor = text switch
                    {
                        "none" => DurationAnchor.None,
                        "ends-at-publication" => DurationAnchor.EndsAtPublication,
                        _ => throw Error(ClaimRuleErrors.BadAnchor(text)),
                    };
                    break;
                default:
                    throw Error(ClaimRuleErrors.UnknownProperty(property, $"rule {index + 1}", RuleProperties));
            }
        }

        if (kind is null)
        {
            throw new ClaimRuleException(_fileName, line, position, ClaimRuleErrors.Missing("kind", index));
        }

        if (valueKinds is null)
        {
            throw new ClaimRuleException(_fileName, line, position, ClaimRuleErrors.Missing("valueKinds", index));
        }

        ClaimRuleBuilder builder = ClaimRule.Create(kind)
            .WhenNear(triggers)
            .Expecting(valueKinds)
            .Within(before, after)
            .WithPriority(priority);
        if (name is not null)
        {
            builder.Named(name);
        }

        if (subject is { } parts)
        {
            builder.SubjectFrom(parts);
        }

        if (topics.Count > 0)
        {
            builder.About(topics);
        }

        if (!inflect)
        {
            builder.WithoutInflections();
        }

        if (anchor == DurationAnchor.EndsAtPublication)
        {
            builder.EndingAtPublication();
        }

        if (requireSubject)
        {
            builder.RequiringSubject();
        }

        return builder.Build();
    }

    private static ClaimSubject? ParseSubjectPart(string part) => part switch
    {
        "trigger" => ClaimSubject.Trigger,
        "between" => ClaimSubject.Between,
        "counted-noun" => ClaimSubject.CountedNoun,
        "topic" => ClaimSubject.Topic,
        "clause-before" => ClaimSubject.ClauseBefore,
        "none" => ClaimSubject.None,
        _ => null,
    };

    private string ReadString(string property)
    {
        Next();
        if (_reader.TokenType != JsonToken.String)
        {
            throw Error(ClaimRuleErrors.WrongType(property, "a string", Describe(_reader.TokenType)));
        }

        return (string)_reader.Value!;
    }

    private bool ReadBoolean(string property)
    {
        Next();
        if (_reader.TokenType != JsonToken.Boolean)
        {
            throw Error(ClaimRuleErrors.WrongType(property, "true or false", Describe(_reader.TokenType)));
        }

        return (bool)_reader.Value!;
    }

    private int ReadInteger(string property, int min, int max)
    {
        Next();
        if (_reader.TokenType != JsonToken.Integer)
        {
            throw Error(ClaimRuleErrors.WrongType(property, "a whole number", Describe(_reader.TokenType)));
        }

        object value = _reader.Value!;
        if (value is not long number || number < min || number > max)
        {
            throw Error(ClaimRuleErrors.OutOfRange(property, min, max));
        }

        return (int)number;
    }

    private List<string> ReadStrings(string property)
    {
        ExpectNext(JsonToken.StartArray, property, "an array of strings");
        var items = new List<string>();
        while (Next() && _reader.TokenType != JsonToken.EndArray)
        {
            if (_reader.TokenType != JsonToken.String)
            {
                throw Error(ClaimRuleErrors.WrongType($"{property}[{items.Count}]", "a string", Describe(_reader.TokenType)));
            }

            items.Add((string)_reader.Value!);
        }

        return items;
    }

    private void ExpectNext(JsonToken token, string property, string expected)
    {
        Next();
        if (_reader.TokenType != token)
        {
            throw Error(ClaimRuleErrors.WrongType(property, expected, Describe(_reader.TokenType)));
        }
    }

    /// <summary>Reads the next token that is not a comment; false at the end of the input.</summary>
    private bool Next()
    {
        while (_reader.Read())
        {
            if (_reader.TokenType != JsonToken.Comment)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line and the 1-based position where the current token starts.</summary>
    /// <remarks>The JSON reader reports where a token ends (after a property name, after its colon); a person wants where it starts.</remarks>
    private (int Line, int Position) Position()
    {
        int line = _reader.LineNumber, end = _reader.LinePosition;
        if (line < 1)
        {
            // Nothing read yet (an empty file, or one of white space and comments only): the start of the file.
            return (1, 1);
        }

        if (line > _lines.Length)
        {
            return (line, end);
        }

        string text = _lines[line - 1];
        int i = Math.Min(end, text.Length) - 1;
        while (i > 0 && (char.IsWhiteSpace(text[i]) || text[i] is ':' or ',' or ']' or '}'))
        {
            i--;
        }

        if (i < 0)
        {
            return (line, end);
        }

        if (text[i] is '{' or '[')
        {
            return (line, i + 1);
        }

        if (text[i] == '"')
        {
            int j = i - 1;
            while (j >= 0 && !(text[j] == '"' && (j == 0 || text[j - 1] != '\\')))
            {
                j--;
            }

            return (line, j >= 0 ? j + 1 : end);
        }

        int k = i;
        while (k > 0 && !(char.IsWhiteSpace(text[k - 1]) || text[k - 1] is ',' or ':' or '[' or '{'))
        {
            k--;
        }

        return (line, k + 1);
    }

    private ClaimRuleException Error(string problem)
    {
        (int line, int position) = Position();
        return new ClaimRuleException(_fileName, line, position, problem);
    }

    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "an array",
        JsonToken.Integer or JsonToken.Float => "a number",
        JsonToken.String => "a string",
        JsonToken.Boolean => "true or false",
        JsonToken.Null or JsonToken.Undefined => "null",
        JsonToken.None => "the end of the file",
        _ => token.ToString().ToLowerInvariant(),
    };

    // Newtonsoft's messages end with "Path '…', line n, position m."; the position is already in ours.
    private static string FirstSentence(string message)
    {
        int path = message.IndexOf(" Path '", StringComparison.Ordinal);
        int line = message.IndexOf(", line ", StringComparison.Ordinal);
        int cut = path >= 0 ? path : line;
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
