using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using QuoteCheck.Claims;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>
/// A claim rule file is hostile data too. Over generated and mutated rule files (wrong types, huge numbers,
/// deep nesting, unknown and <c>$type</c> keys, file paths, very long strings, truncation) loading either
/// gives rules that work or a <see cref="ClaimRuleException"/> that names the source, line and position;
/// nothing in the file is used as a type name or a path.
/// </summary>
public class RuleJsonPropertyTests
{
    private const string Source = "mutated-rules.json";

    private static readonly string LongText = new('w', 100_000);

    // Values of any type, including the dangerous-looking ones: paths, type names, numbers past every range.
    private static readonly string[] Scalars =
    [
        "\"number\"", "\"numberrange\"", "\"duration\"", "\"currency\"", "\"evacuated\"", "\"trigger\"", "\"ends-at-publication\"", "\"none\"",
        "\"/etc/passwd\"", "\"C:\\\\Windows\\\\win.ini\"", "\"file:///etc/hostname\"", "\"..\\\\..\\\\secret.json\"",
        "\"System.IO.File, System.IO.FileSystem\"", "\"System.Diagnostics.Process, System.Diagnostics.Process\"",
        $"\"{LongText}\"", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\u00e9vacu\u00e9\"", "\"\U0001F600\"",
        "0", "3", "50", "51", "-1", "-1001", "1000", "1001", "2147483648", "99999999999999999999999999", "-99999999999999999999999999",
        "1.5", "1e308", "1e400", "-0", "true", "false", "null",
    ];

    private static readonly string[] RuleProperties =
        ["name", "kind", "description", "valueKinds", "triggers", "inflect", "before", "after", "subject", "requireSubject", "topics", "priority", "anchor"];

    private static readonly string[] StrangeKeys = ["$type", "$ref", "$id", "$values", "extra", "Name", "name ", "", "\\u0024type"];

    private static readonly Dictionary<string, string> ValidValues = new(StringComparer.Ordinal)
    {
        ["name"] = "\"rule-{0}\"",
        ["kind"] = "\"evacuated\"",
        ["description"] = "\"People moved out.\"",
        ["valueKinds"] = "[\"number\", \"numberrange\"]",
        ["triggers"] = "[\"evacuate\", \"moved out\"]",
        ["inflect"] = "false",
        ["before"] = "3",
        ["after"] = "2",
        ["subject"] = "[\"counted-noun\", \"trigger\"]",
        ["requireSubject"] = "true",
        ["topics"] = "[\"flood\"]",
        ["priority"] = "12",
        ["anchor"] = "\"ends-at-publication\"",
    };

    private static Gen<string> AnyValue(int depth)
    {
        Gen<string> scalar = Gen.Elements(Scalars);
        if (depth <= 0)
        {
            return scalar;
        }

        Gen<string> array = Gen.Choose(0, 3).SelectMany(n => AnyValue(depth - 1).ListOf(n)).Select(items => "[" + string.Join(", ", items) + "]");
        Gen<string> obj = Gen.Zip(Gen.Elements(StrangeKeys.Concat(RuleProperties).ToArray()), AnyValue(depth - 1))
            .Select(kv => $"{{\"{kv.Item1}\": {kv.Item2}}}");
        Gen<string> deep = Gen.Choose(10, 200).Select(n => new string('[', n) + new string(']', n));
        return Gen.Frequency((6, scalar), (2, array), (1, obj), (1, deep));
    }

    private static Gen<string> Rule(int index)
    {
        Gen<string> property(string key) => Gen.Frequency(
            (3, Gen.Constant("")),
            (5, Gen.Constant($"\"{key}\": {string.Format(CultureInfo.InvariantCulture, ValidValues[key], index)}")),
            (2, AnyValue(2).Select(v => $"\"{key}\": {v}")));
        Gen<string[]> known = Gen.CollectToSequence(RuleProperties.Select(property)).Select(p => p.ToArray());
        Gen<string> strangeKey = Gen.Zip(Gen.Elements(StrangeKeys), AnyValue(1)).Select(kv => $"\"{kv.Item1}\": {kv.Item2}");
        Gen<string[]> strange = Gen.Choose(0, 2).SelectMany(n => strangeKey.ListOf(n)).Select(l => l.ToArray());
        return Gen.Zip(known, strange).Select(parts => "{" + string.Join(", ", parts.Item1.Concat(parts.Item2).Where(p => p.Length > 0)) + "}");
    }

    private static Gen<string> RuleFile()
    {
        Gen<string> rules = Gen.Choose(0, 3).SelectMany(n => Gen.CollectToSequence(Enumerable.Range(0, n).Select(Rule)))
            .Select(r => "[\n  " + string.Join(",\n  ", r) + "\n]");
        Gen<string> rulesValue = Gen.Frequency((8, rules), (1, AnyValue(2)));
        Gen<string> header = Gen.Elements("", "\"$schema\": \"file:///etc/passwd\",", "\"$type\": \"System.IO.FileInfo, System.IO.FileSystem\",",
            "\"description\": \"../../secrets.json\",", "\"include\": \"other-rules.json\",", "/* a comment */");
        return Gen.Zip(header, rulesValue).Select(p => "{" + p.Item1 + "\n\"rules\": " + p.Item2 + "\n}");
    }

    // Then break it as a file breaks: cut short, a piece dropped, a piece doubled, a stray character.
    private static Gen<string> MutatedRuleFile() =>
        Gen.Zip(RuleFile(), Gen.Zip(Gen.Choose(0, 5), Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 40)))).Select(t =>
        {
            (string json, (int kind, (int at, int length))) = t;
            int position = json.Length == 0 ? 0 : at % json.Length;
            length = Math.Min(length, json.Length - position);
            return kind switch
            {
                0 => json[..position],
                1 => json.Remove(position, length),
                2 => json.Insert(position, json.Substring(position, length)),
                3 => json.Insert(position, "{}[]:,\"\\/*"[at % 10].ToString()),
                _ => json,
            };
        });

    [FsCheck.NUnit.Property(MaxTest = 400)]
    public Property LoadingGivesWorkingRulesOrAPositionedRuleError() =>
        Prop.ForAll(MutatedRuleFile().ToArbitrary(), json =>
        {
            ClaimRuleSet rules;
            try
            {
                rules = ClaimRuleSet.Parse(json, Source);
            }
            catch (ClaimRuleException e)
            {
                Assert.That(e.FileName, Is.EqualTo(Source));
                Assert.That(e.LineNumber, Is.GreaterThanOrEqualTo(1), e.Message);
                Assert.That(e.LinePosition, Is.GreaterThanOrEqualTo(0), e.Message);
                Assert.That(e.Message, Does.StartWith($"{Source}({e.LineNumber},{e.LinePosition}): "));
                Assert.That(e.Problem, Is.Not.Empty);
                return;
            }

            // Whatever was accepted is a working set of plain rules.
            Assert.That(rules.Rules, Is.All.InstanceOf<ClaimRule>());
            QuoteChecker checker = new QuoteCheckerBuilder().ClearClaimRules().AddClaimRules(rules).Build();
            DocumentAnalysis analysis = checker.Analyze(SourceDocument.Create("probe", "Crews evacuated 1,200 people from the flooded valley of Tarn Oslo.", new DateOnly(2031, 5, 4)));
            InvariantChecks.AssertSpansAreFaithful(analysis);
        });

    // Kept from the property above: the JSON reader says line 0 before it has read a character, and the
    // error then pointed nowhere.
    [TestCase("", TestName = "an empty rule file")]
    [TestCase("\\{\"rules\": []}", TestName = "a stray character before the object")]
    [TestCase("x", TestName = "one letter")]
    public void AnErrorAtTheStartOfTheFileIsAtLineOnePositionOne(string json)
    {
        var error = Assert.Throws<ClaimRuleException>(() => ClaimRuleSet.Parse(json, Source));
        Assert.That((error!.LineNumber, error.LinePosition), Is.EqualTo((1, 1)), error.Message);
    }

    [Test]
    public void ATypeNameInARuleFileIsRefusedAndLoadsNothing()
    {
        // An assembly of the shared framework that nothing else here loads (other tests load some of these).
        string? assembly = new[] { "System.Formats.Tar", "System.Net.Ping", "System.Net.Mail", "System.IO.Pipes.AccessControl" }
            .FirstOrDefault(name => !LoadedAssemblyNames().Contains(name));
        Assume.That(assembly, Is.Not.Null, "a probe assembly that is not loaded yet");
        string[] payloads =
        [
            $$"""{"$type": "Marrow.Payload, {{assembly}}", "rules": []}""",
            $$"""{"rules": [{"$type": "Marrow.Payload, {{assembly}}", "kind": "x", "valueKinds": ["number"]}]}""",
            $$$"""{"rules": {"$type": "System.Collections.Generic.List`1[[Marrow.Payload, {{{assembly}}}]], System.Private.CoreLib", "$values": []}}""",
        ];

        foreach (string payload in payloads)
        {
            var error = Assert.Throws<ClaimRuleException>(() => ClaimRuleSet.Parse(payload, Source));
            Assert.That(error!.LineNumber, Is.EqualTo(1));
        }

        // As a plain string value a type name is just words.
        ClaimRuleSet described = ClaimRuleSet.Parse(
            $$"""{"description": "Marrow.Payload, {{assembly}}", "rules": [{"kind": "x", "description": "$type", "valueKinds": ["number"]}]}""", Source);

        Assert.That(described.Rules.Single(), Is.InstanceOf<ClaimRule>());
        Assert.That(LoadedAssemblyNames(), Does.Not.Contain(assembly));
    }

    [Test]
    public void PathsInARuleFileAreNeverOpened()
    {
        // A file held open without sharing: had the loader opened any path it names, the load would fail with an IOException.
        string path = Path.Combine(Path.GetTempPath(), $"quotecheck-locked-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"rules": [{"kind": "leaked", "valueKinds": ["number"]}]}""");
        try
        {
            using FileStream locked = new(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            string quoted = Newtonsoft.Json.JsonConvert.ToString(path);
            string uri = Newtonsoft.Json.JsonConvert.ToString(new Uri(path).AbsoluteUri);
            ClaimRuleSet rules = ClaimRuleSet.Parse($$"""
                {
                  "$schema": {{uri}},
                  "description": {{quoted}},
                  "rules": [{ "kind": "evacuated", "description": {{quoted}}, "triggers": ["evacuated"], "valueKinds": ["number"] }]
                }
                """, Source);

            Assert.That(rules.Rules.Select(r => r.Kind), Is.EqualTo(new[] { "evacuated" }), "nothing came from the named file");
            var include = Assert.Throws<ClaimRuleException>(() => ClaimRuleSet.Parse($$"""{"include": {{quoted}}, "rules": []}""", Source));
            Assert.That(include!.Problem, Does.Contain("include"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string?> LoadedAssemblyNames() => [.. AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name)];
}
