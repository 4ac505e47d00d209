namespace QuoteCheck.CrossCheck;

/// <summary>
/// A finding of the cross-check: sources that disagree (or, for <see cref="ConflictKind.Update"/> and
/// <see cref="ConflictKind.Duplicate"/>, that relate in a way worth knowing), with the evidence of every side.
/// </summary>
/// <remarks>Immutable and safe to share across threads. Explanations come from <see cref="Explanations"/>.</remarks>
public sealed record Conflict
{
    internal Conflict(ConflictKind kind, ConflictSeverity severity, string explanation, IReadOnlyList<Evidence> evidence)
    {
        Kind = kind;
        Severity = severity;
        Explanation = explanation;
        Evidence = evidence;
    }

    /// <summary>A stable id within the report (<c>c1</c>, <c>c2</c>, …), in report order.</summary>
    public string Id { get; init; } = "";

    /// <summary>What sort of finding this is.</summary>
    public ConflictKind Kind { get; init; }

    /// <summary>How much it matters.</summary>
    public ConflictSeverity Severity { get; init; }

    /// <summary>One sentence a journalist can read.</summary>
    public string Explanation { get; init; }

    /// <summary>Every side: document, words and span, in document order.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>For quote findings, how alike the wordings are (0–100, FuzzySharp ratio over normalised text); otherwise null.</summary>
    public int? Similarity { get; init; }

    /// <summary>For quote wording findings, a word-level diff (<c>[-removed-]</c>, <c>{+added+}</c>); otherwise null.</summary>
    public string? WordDiff { get; init; }

    /// <summary>The id of the quote or claim group the finding comes from (<c>q3</c>, <c>k2</c>), or null.</summary>
    public string? GroupId { get; init; }

    /// <summary>Whether this is a disagreement rather than information (an update or a duplicate source).</summary>
    public bool IsDisagreement => Severity > ConflictSeverity.Info;

    /// <summary>The kind and explanation.</summary>
    /// <returns>For example <c>Date: 000 and 001 put …</c>.</returns>
    public override string ToString() => $"{Kind}: {Explanation}";
}
