using System.Collections.Frozen;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.Claims;

/// <summary>
/// An immutable, ordered set of claim rules with their triggers indexed together, so that a sentence is
/// scanned once however many rules there are. Built once, shared freely: safe to use from many threads.
/// </summary>
/// <remarks>
/// A rule with the name of an earlier rule replaces it (keeping the earlier rule's place), so a user can
/// override a built-in rule by naming theirs the same.
/// </remarks>
/// <example>
/// <code>
/// ClaimRuleSet newsroom = ClaimRuleSet.Load("rules/newsroom.json");
/// QuoteChecker checker = new QuoteCheckerBuilder().AddClaimRules(newsroom).Build();
/// </code>
/// </example>
public sealed class ClaimRuleSet
{
    private const string BuiltInResource = "QuoteCheck.Definitions.claim-rules.json";

    private static readonly Lazy<ClaimRuleSet> BuiltIn = new(LoadBuiltIn);

    private ClaimRuleSet(IReadOnlyList<IClaimRule> rules)
    {
        Rules = rules;
        Index = new TriggerIndex(rules);
        var untriggered = new Dictionary<ValueKind, int[]>();
        foreach (ValueKind kind in Enum.GetValues<ValueKind>())
        {
            untriggered[kind] = [.. Enumerable.Range(0, rules.Count)
                .Where(i => rules[i].Triggers.Count == 0 && rules[i].ValueKinds.Contains(kind))
                .OrderByDescending(i => rules[i].Priority)
                .ThenBy(i => i)];
        }

        Untriggered = untriggered.ToFrozenDictionary();
        Facts = [.. rules.Select(r => new RuleFacts(r.WordsBefore, r.WordsAfter, r.Priority, KindMask(r.ValueKinds)))];
        MaxWordsBefore = rules.Count == 0 ? 0 : rules.Max(r => r.WordsBefore);
        MaxWordsAfter = rules.Count == 0 ? 0 : rules.Max(r => r.WordsAfter);
    }

    /// <summary>The built-in rules: death tolls, injured, counts, dates, durations, percentages and money.</summary>
    /// <remarks>
    /// They are read from the library's embedded <c>Definitions/claim-rules.json</c>, written in the same format users
    /// write, plus one rule in C# (<c>duration-ago-date</c>): a date written as <c>18 months ago</c> becomes a duration
    /// claim whose <see cref="Claim.ImpliedDate"/> is that date.
    /// </remarks>
    public static ClaimRuleSet Default => BuiltIn.Value;

    /// <summary>A set with no rules: a pipeline built with it makes no claims.</summary>
    public static ClaimRuleSet Empty { get; } = new([]);

    /// <summary>The rules, in order.</summary>
    public IReadOnlyList<IClaimRule> Rules { get; }

    /// <summary>The number of rules.</summary>
    public int Count => Rules.Count;

    internal TriggerIndex Index { get; }

    /// <summary>The widest windows of any rule: triggers further from a value are never looked at.</summary>
    internal int MaxWordsBefore { get; }

    internal int MaxWordsAfter { get; }

    /// <summary>For each value kind, the rules without triggers that accept it, by priority.</summary>
    internal FrozenDictionary<ValueKind, int[]> Untriggered { get; }

    /// <summary>
    /// Each rule's windows, priority and value kinds, read once here (like <see cref="Untriggered"/> and the widest
    /// windows) so that weighing a trigger against a value costs array reads, not four interface calls and a set lookup.
    /// </summary>
    internal RuleFacts[] Facts { get; }

    /// <summary>The kinds of <paramref name="kinds"/> as bits (1 &lt;&lt; kind).</summary>
    internal static uint KindMask(IEnumerable<ValueKind> kinds)
    {
        uint mask = 0;
        foreach (ValueKind kind in kinds)
        {
            mask |= KindBit(kind);
        }

        return mask;
    }

    /// <summary>The bit of <paramref name="kind"/> in <see cref="RuleFacts.Kinds"/>; none for a kind past the mask's width.</summary>
    internal static uint KindBit(ValueKind kind) => (uint)kind < 32 ? 1u << (int)kind : 0;

    /// <summary>Makes a rule set.</summary>
    /// <param name="rules">The rules; a later rule with the name of an earlier one replaces it.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A rule has an empty name, an invalid kind or no value kinds.</exception>
    public static ClaimRuleSet Create(params IEnumerable<IClaimRule> rules) => Empty.With(rules);

    /// <summary>A new set with these rules added after this set's rules (or in place of rules of the same name).</summary>
    /// <param name="rules">The rules to add.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A rule has an empty name, an invalid kind or no value kinds.</exception>
    public ClaimRuleSet With(params IEnumerable<IClaimRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var merged = new List<IClaimRule>(Rules);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < merged.Count; i++)
        {
            positions[merged[i].Name] = i;
        }

        foreach (IClaimRule rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            Validate(rule);
            if (positions.TryGetValue(rule.Name, out int at))
            {
                merged[at] = rule;
            }
            else
            {
                positions[rule.Name] = merged.Count;
                merged.Add(rule);
            }
        }

        return new ClaimRuleSet(merged.AsReadOnly());
    }

    /// <summary>A new set with another set's rules added after this set's rules (or in place of rules of the same name).</summary>
    /// <param name="other">The rules to add.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public ClaimRuleSet With(ClaimRuleSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return With(other.Rules);
    }

    /// <summary>A new set without the rules of the given kind.</summary>
    /// <param name="kind">A claim kind, such as <c>count</c>.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public ClaimRuleSet WithoutKind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return new ClaimRuleSet(Rules.Where(r => !string.Equals(r.Kind, kind, StringComparison.Ordinal)).ToList().AsReadOnly());
    }

    /// <summary>Reads rules from a JSON file (format in docs/claim-rules.md).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ClaimRuleException">The file is not valid: the message names the file, line, position and problem.
    /// Nothing in the file is read as a type name, a path or code, so this and the exceptions of reading the file are all it throws.</exception>
    /// <exception cref="IOException">The file cannot be read (a <see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ClaimRuleSet Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path);
        return Create(ClaimRuleJson.Read(reader, path));
    }

    /// <summary>Reads rules from JSON in a stream.</summary>
    /// <param name="json">UTF-8 JSON; left open.</param>
    /// <param name="sourceName">The name error messages give for the stream, such as its file name.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is null or empty.</exception>
    /// <exception cref="ClaimRuleException">The JSON is not valid (bytes that are not UTF-8 are read as U+FFFD): the message names the source, line, position and problem.</exception>
    public static ClaimRuleSet Load(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        using var reader = new StreamReader(json, leaveOpen: true);
        return Create(ClaimRuleJson.Read(reader, sourceName));
    }

    /// <summary>Reads rules from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="sourceName">The name error messages give for the text.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is null or empty.</exception>
    /// <exception cref="ClaimRuleException">The JSON is not valid: the message names the source, line, position and problem.
    /// For any text this or success are the only outcomes.</exception>
    public static ClaimRuleSet Parse(string json, string sourceName = "rules.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        using var reader = new StringReader(json);
        return Create(ClaimRuleJson.Read(reader, sourceName));
    }

    private static void Validate(IClaimRule rule)
    {
        if (!ClaimRuleNames.IsValid(rule.Name))
        {
            throw new ArgumentException(ClaimRuleErrors.BadRuleName(rule.Name), nameof(rule));
        }

        if (!ClaimRuleNames.IsValid(rule.Kind))
        {
            throw new ArgumentException(ClaimRuleErrors.BadKindName(rule.Kind), nameof(rule));
        }

        if (rule.ValueKinds is null || rule.ValueKinds.Count == 0)
        {
            throw new ArgumentException(ClaimRuleErrors.NoValueKinds, nameof(rule));
        }

        if (rule.Triggers is null || rule.WordsBefore < 0 || rule.WordsAfter < 0)
        {
            throw new ArgumentException($"The rule '{rule.Name}' needs a trigger list (possibly empty) and windows of zero words or more.", nameof(rule));
        }
    }

    private static ClaimRuleSet LoadBuiltIn()
    {
        using Stream stream = typeof(ClaimRuleSet).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"The built-in claim rules '{BuiltInResource}' are not embedded in the assembly.");
        return Load(stream, "claim-rules.json").With(DurationAgoRule.Instance);
    }
}

/// <summary>What the extractor reads of one rule for every trigger near a value (see <see cref="ClaimRuleSet.Facts"/>).</summary>
internal readonly record struct RuleFacts(int WordsBefore, int WordsAfter, int Priority, uint Kinds);
