using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.Tests.Claims;

/// <summary>Bad rule JSON gives a <see cref="ClaimRuleException"/> naming the file, line, position and problem.</summary>
public class ClaimRuleJsonTests
{
    private const string Valid = """
        {
          "rules": [
            { "name": "evacuated", "kind": "evacuated", "valueKinds": ["number"], "triggers": ["evacuate"] }
          ]
        }
        """;

    // name, JSON, expected line, expected position (where the offending token starts, 1-based), words the problem must contain
    private static readonly object[] BadFiles =
    [
        new object[] { "unknown property", """
            {
              "rules": [
                { "kind": "evacuated", "valueKinds": ["number"], "trigers": ["evacuate"] }
              ]
            }
            """, 3, 54, "Unknown property 'trigers'" },
        new object[] { "wrong type", """
            {
              "rules": [
                { "kind": "evacuated", "valueKinds": "number" }
              ]
            }
            """, 3, 42, "'valueKinds' must be an array of strings" },
        new object[] { "bad value kind", """
            {
              "rules": [
                {
                  "kind": "evacuated",
                  "valueKinds": ["number", "numbr"]
                }
              ]
            }
            """, 5, 32, "Unknown value kind 'numbr'" },
        new object[] { "missing kind", """
            {
              "rules": [
                { "valueKinds": ["number"] }
              ]
            }
            """, 3, 5, "has no 'kind'" },
        new object[] { "missing value kinds", """
            {
              "rules": [
                { "kind": "evacuated" }
              ]
            }
            """, 3, 5, "has no 'valueKinds'" },
        new object[] { "number out of range", """
            {
              "rules": [
                { "kind": "evacuated", "valueKinds": ["number"], "before": 5000 }
              ]
            }
            """, 3, 64, "'before' must be a whole number from 0 to 50" },
        new object[] { "bad trigger", """
            {"rules": [{ "kind": "evacuated", "valueKinds": ["number"], "triggers": ["evac*"] }]}
            """, 1, 74, "The trigger 'evac*'" },
        new object[] { "bad kind name", """
            {"rules": [{ "kind": "Evacuated People", "valueKinds": ["number"] }]}
            """, 1, 22, "The kind 'Evacuated People' is not a valid name" },
        new object[] { "type name is just an unknown property", """
            {"rules": [{ "$type": "System.IO.File, System.IO", "kind": "x", "valueKinds": ["number"] }]}
            """, 1, 14, "Unknown property '$type'" },
        new object[] { "duplicate names", """
            {"rules": [
              { "kind": "evacuated", "valueKinds": ["number"] },
              { "kind": "evacuated", "valueKinds": ["number"] }
            ]}
            """, 3, 3, "Two rules are named 'evacuated'" },
        new object[] { "not JSON", """
            {"rules": [ { "kind": "evacuated", "valueKinds": ["number"] ]}
            """, 1, 61, "not valid JSON" },
        new object[] { "no rules", """{ "description": "empty" }""", 1, 1, "no \"rules\" array" },
    ];

    [TestCaseSource(nameof(BadFiles))]
    public void BadJsonNamesFileLinePositionAndProblem(string name, string json, int line, int position, string problem)
    {
        var error = Assert.Throws<ClaimRuleException>(() => ClaimRuleSet.Parse(json, "rules/newsroom.json"))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.FileName, Is.EqualTo("rules/newsroom.json"), name);
            Assert.That((error.LineNumber, error.LinePosition), Is.EqualTo((line, position)), name);
            Assert.That(error.Problem, Does.Contain(problem), name);
            Assert.That(error.Message, Does.StartWith($"rules/newsroom.json({line},{position}): "), name);
        });
    }

    [Test]
    public void LoadingAFileNamesThePathInTheError()
    {
        string path = Path.Combine(Path.GetTempPath(), $"quotecheck-bad-rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"rules\": [\n    { \"kind\": \"x\", \"valueKinds\": [\"numbers\"] }\n  ]\n}\n");
        try
        {
            var error = Assert.Throws<ClaimRuleException>(() => ClaimRuleSet.Load(path))!;
            Assert.That(error.Message, Does.StartWith($"{path}(3,").And.Contain("Unknown value kind 'numbers'"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void AValidFileGivesTheRulesWithDefaults()
    {
        ClaimRuleSet rules = ClaimRuleSet.Parse(Valid);
        var rule = (ClaimRule)rules.Rules.Single();
        Assert.Multiple(() =>
        {
            Assert.That(rule.Name, Is.EqualTo("evacuated"));
            Assert.That(rule.ValueKinds, Is.EquivalentTo(new[] { ValueKind.Number }));
            Assert.That(rule.Triggers, Is.EqualTo(new[] { "evacuate" }));
            Assert.That((rule.WordsBefore, rule.WordsAfter), Is.EqualTo((ClaimRule.DefaultWindow, ClaimRule.DefaultWindow)));
            Assert.That(rule.Subject, Is.EqualTo(ClaimSubject.Between | ClaimSubject.Trigger));
            Assert.That(rule.InflectTriggers, Is.True);
        });
    }

    [Test]
    public void CommentsAreAllowed() =>
        Assert.That(ClaimRuleSet.Parse("// newsroom rules\n" + Valid).Count, Is.EqualTo(1));

    [Test]
    public void TheBuiltInRulesAreReadFromTheSameFormat() =>
        Assert.That(ClaimRuleSet.Default.Rules.Select(r => r.Kind).Distinct(),
            Is.SupersetOf(new[] { "death-toll", "injured", "count", "date", "duration", "percentage", "money" }));
}
