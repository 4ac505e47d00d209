using QuoteCheck.Claims.Values;

namespace QuoteCheck.Claims;

/// <summary>
/// A claim rule: turns a recognised value into a <see cref="Claim"/> of some kind when its trigger words
/// stand near it (<c>died</c> near a number gives a <c>death-toll</c>).
/// </summary>
/// <remarks>
/// <para>The pipeline looks up every rule's <see cref="Triggers"/> in one shared index, so each sentence is
/// scanned once however many rules there are; it then offers each value to the rules whose triggers were
/// found within their window, best first (highest <see cref="Priority"/>, then the nearest trigger), and
/// finally to the rules without triggers. The first rule whose <see cref="Apply"/> returns a claim wins:
/// a value makes at most one claim.</para>
/// <para>Most rules are <see cref="ClaimRule"/>s, made with <see cref="ClaimRule.Create"/> or loaded from JSON by
/// <see cref="ClaimRuleSet.Load(string)"/>. Implement this interface for anything special; an implementation
/// must be immutable and safe to call from many threads at once.</para>
/// </remarks>
public interface IClaimRule
{
    /// <summary>The rule's name, unique in a rule set; it is recorded in <see cref="Claim.Rule"/>.</summary>
    string Name { get; }

    /// <summary>The kind of claim the rule makes, such as <c>death-toll</c> or <c>evacuated</c>.</summary>
    string Kind { get; }

    /// <summary>
    /// The trigger words or phrases (<c>died</c>, <c>broke down</c>), matched case-insensitively as whole words.
    /// Empty for a rule that applies to every value of its <see cref="ValueKinds"/>.
    /// </summary>
    IReadOnlyList<string> Triggers { get; }

    /// <summary>
    /// Whether the last word of each trigger also matches its regular English inflections (<c>evacuate</c> matches
    /// <c>evacuates</c>, <c>evacuated</c>, <c>evacuating</c>). Irregular forms (<c>died</c>) are listed as triggers.
    /// </summary>
    bool InflectTriggers { get; }

    /// <summary>The kinds of value the rule accepts.</summary>
    IReadOnlySet<ValueKind> ValueKinds { get; }

    /// <summary>How many words may stand between a trigger and a value that follows it.</summary>
    int WordsBefore { get; }

    /// <summary>How many words may stand between a value and a trigger that follows it.</summary>
    int WordsAfter { get; }

    /// <summary>Rules with a higher priority are offered a value first.</summary>
    int Priority { get; }

    /// <summary>Makes the claim for a value, or declines it.</summary>
    /// <param name="candidate">The value, its sentence and the trigger found. Valid only during the call.</param>
    /// <returns>The claim, or null to let the next rule try.</returns>
    Claim? Apply(ClaimCandidate candidate);
}
