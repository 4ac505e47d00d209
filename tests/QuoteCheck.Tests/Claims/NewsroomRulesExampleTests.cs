using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.Testing;

namespace QuoteCheck.Tests.Claims;

/// <summary>The worked example of docs/claim-rules.md: the JSON file it quotes is Fixtures/newsroom-rules.json, and it works.</summary>
public class NewsroomRulesExampleTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "newsroom-rules.json");

    private static ClaimRuleSet NewsroomRules => ClaimRuleSet.Load(FixturePath);

    [Test]
    public void EvacuatedFromJson() =>
        Assert.That("About 2,500 residents were evacuated as the Selwick wildfire spread.",
            Yields.Claim("evacuated").Using(NewsroomRules).WithValue(2500).WithSubject("residents were evacuated").WithSubject("wildfire"));

    [Test]
    public void EvacuatedWithTriggerBeforeTheValue() =>
        Assert.That("Crews evacuated 340 patients from the Marrow Bay clinic.",
            Yields.Claim("evacuated").Using(NewsroomRules).Exactly(340));

    [Test]
    public void ArrestedFromJson() =>
        Assert.That("Police detained 14 fans after the match in Corvale.",
            Yields.Claim("arrested").Using(NewsroomRules).Exactly(14).WithSubject("detained"));

    [Test]
    public void NoTriggerNoClaim() =>
        Assert.That("All 2,500 tickets for the Selwick fair sold out.",
            Yields.NoClaim("evacuated").Using(NewsroomRules));

    [Test]
    public void TheSameRuleInCSharp()
    {
        ClaimRule evacuated = ClaimRule.Create("evacuated")
            .WhenNear("evacuate", "evacuation", "evacuee", "fled their homes")
            .Expecting(ValueKind.Number, ValueKind.NumberRange)
            .Within(wordsBefore: 4, wordsAfter: 4)
            .About("flood", "fire", "wildfire", "storm", "eruption")
            .WithPriority(30)
            .Build();
        Assert.That("About 2,500 residents were evacuated as the Selwick wildfire spread.",
            Yields.Claim("evacuated").Using(evacuated).WithValue(2500).WithSubject("wildfire"));
    }

    [Test]
    public void TheDocQuotesTheFixture()
    {
        string? root = RepositoryRoot();
        if (root is null)
        {
            Assert.Ignore("skipped: the repository (docs/) is not beside the test binaries");
        }

        string doc = File.ReadAllText(Path.Combine(root!, "docs", "claim-rules.md")).ReplaceLineEndings("\n");
        string fixture = File.ReadAllText(FixturePath).ReplaceLineEndings("\n").Trim();
        Assert.That(doc, Does.Contain(fixture), "docs/claim-rules.md must quote Fixtures/newsroom-rules.json as it is");
    }

    [Test]
    public void AFailureShowsWhatWasFoundInstead()
    {
        ClaimConstraint constraint = Yields.Claim("evacuated").Using(NewsroomRules).Exactly(9999);
        var result = constraint.ApplyTo("About 2,500 residents were evacuated as the Selwick wildfire spread.");
        var writer = new NUnit.Framework.Internal.TextMessageWriter();
        result.WriteMessageTo(writer);
        string message = writer.ToString();
        TestContext.Out.WriteLine(message);
        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(message, Does.Contain("an evacuated claim exactly 9999"));
            Assert.That(message, Does.Contain("evacuated \"About 2,500\" = 2500"));
            Assert.That(message, Does.Contain("(rule evacuated)"));
        });
    }

    private static string? RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteCheck.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
