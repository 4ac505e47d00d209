using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.Testing;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Claims;

public class ClaimRuleSetTests
{
    // Invented articles with a mix of the built-in kinds.
    private static readonly string[] Articles =
    [
        "More than 4,200 people died in the flood at Varnholt, and at least 900 were injured. Some 30 shelters opened.",
        "The Harlow ceasefire collapsed 18 months ago. Seven of the league's 19 clubs voted against a 100-percent levy.",
        "The storm killed 37 villagers along the Orrin coast; 12 fishermen are missing and 45 were hurt.",
    ];

    private static string Describe(DocumentAnalysis analysis) =>
        string.Join("\n", analysis.Claims.Select(c => $"{c.Kind}|{c.Text}|{c.Span}|{c.Value.Value.ToNormalString()}|{c.Subject}|{c.ImpliedDate?.ToNormalString()}|{c.Rule}"));

    private static IEnumerable<IClaimRule> UserRules(int count) =>
        Enumerable.Range(0, count).Select(i => (IClaimRule)ClaimRule.Create($"user-kind-{i}")
            .WhenNear($"zorbled{i}", $"quaxen{i} vorth")
            .Expecting(ValueKind.Number)
            .WithPriority(i % 50)
            .Build());

    [Test]
    public void TwoHundredRulesGiveTheSameBuiltInClaimsAsTen()
    {
        QuoteChecker ten = new QuoteCheckerBuilder().Build();
        Assert.That(ten.ClaimRules.Count, Is.LessThanOrEqualTo(15), "the built-in rules alone are about a dozen");
        QuoteChecker twoHundred = new QuoteCheckerBuilder().AddClaimRules(ClaimRuleSet.Create(UserRules(200 - ClaimRuleSet.Default.Count))).Build();
        Assert.That(twoHundred.ClaimRules.Count, Is.EqualTo(200));
        foreach (string text in Articles)
        {
            var document = SourceDocument.Create("t", text, new DateOnly(2031, 7, 12));
            string expected = Describe(ten.Analyze(document));
            Assert.That(expected, Is.Not.Empty, "the articles must yield built-in claims for the comparison to mean anything");
            Assert.That(Describe(twoHundred.Analyze(document)), Is.EqualTo(expected));
        }
    }

    [Test]
    public void ManyRulesStillFindTheirOwnTriggers()
    {
        ClaimRuleSet rules = ClaimRuleSet.Create(UserRules(200));
        Assert.That("The committee zorbled137 as 64 members watched.", Yields.Claim("user-kind-137").Exactly(64).Using(rules));
        Assert.That("Some 64 councillors quaxen88 vorth today.", Yields.Claim("user-kind-88").WithValue(64).Using(rules));
    }

    [Test]
    public void ASharedPipelineGivesTheSameClaimsOnManyThreads()
    {
        QuoteChecker checker = new QuoteCheckerBuilder().AddClaimRules(ClaimRuleSet.Create(UserRules(50))).Build();
        SourceDocument[] documents = [.. Articles.Select((t, i) => SourceDocument.Create($"d{i}", t, new DateOnly(2031, 7, 12)))];
        string[] expected = [.. documents.Select(d => Describe(checker.Analyze(d)))];
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int k = i % documents.Length;
            string actual = Describe(checker.Analyze(documents[k]));
            if (actual != expected[k])
            {
                failures.Add($"run {i}: {actual}");
            }
        });
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void ARuleWithTheNameOfABuiltInRuleReplacesIt()
    {
        ClaimRule strictCount = ClaimRule.Create("count").SubjectFrom(ClaimSubject.None).Expecting(ValueKind.Number).Build();
        ClaimRuleSet rules = ClaimRuleSet.Default.With(strictCount);
        Assert.That(rules.Count, Is.EqualTo(ClaimRuleSet.Default.Count));
        Assert.That(rules.Rules.Single(r => r.Name == "count"), Is.SameAs(strictCount));
        Assert.That("The score was 12.", Yields.Claim("count").Exactly(12).Using(rules));
    }

    [Test]
    public void ClearedRulesMakeNoClaimsAndDefaultsComeBack()
    {
        var builder = new QuoteCheckerBuilder().ClearClaimRules();
        var document = SourceDocument.Create("t", "The storm killed 37 villagers.");
        Assert.That(builder.Build().Analyze(document).Claims, Is.Empty);
        Assert.That(builder.UseDefaultClaimRules().Build().Analyze(document).Claims.Select(c => c.Kind), Is.EqualTo(new[] { "death-toll" }));
    }

    [Test]
    public void OnlyTheAddedRulesApplyAfterClearing()
    {
        QuoteChecker checker = new QuoteCheckerBuilder()
            .ClearClaimRules()
            .AddClaimRule(ClaimRule.Create("arrested").WhenNear("arrest", "detain").Expecting(ValueKind.Number).Build())
            .Build();
        Assert.That("Police arrested 14 protesters and 3 people died.", Yields.Claim("arrested").Exactly(14).Using(checker));
        Assert.That("Police arrested 14 protesters and 3 people died.", Yields.NoClaim("death-toll").Using(checker));
    }

    [Test]
    public void BuilderRejectsBadNamesAndRulesWithoutValueKinds()
    {
        Assert.Throws<ArgumentException>(() => ClaimRule.Create("Death Toll"));
        Assert.Throws<ArgumentException>(() => ClaimRule.Create("x").WhenNear("a|b"));
        Assert.Throws<InvalidOperationException>(() => ClaimRule.Create("x").WhenNear("died").Build());
    }

    [Test]
    public void AKindCanBeLeftOut()
    {
        QuoteChecker checker = new QuoteCheckerBuilder().ClearClaimRules().AddClaimRules(ClaimRuleSet.Default.WithoutKind("count")).Build();
        Assert.That(checker.ClaimRules.Rules.Select(r => r.Kind), Does.Not.Contain("count"));
        Assert.That("The two parties have signed some 40 accords.", Yields.NoClaim("count").Using(checker));
    }
}
