namespace QuoteCheck.Claims;

/// <summary>
/// Which words of the sentence a <see cref="ClaimRule"/> takes as the claim's subject. The parts found
/// are put together in text order: parts at most two words apart keep the words between them
/// (<c>people died in the war</c>), parts further apart are joined with an ellipsis (<c>Talks … broke down</c>).
/// </summary>
[Flags]
public enum ClaimSubject
{
    /// <summary>No subject.</summary>
    None = 0,

    /// <summary>The trigger words the rule found (<c>died</c>, <c>broke down</c>).</summary>
    Trigger = 1,

    /// <summary>The words between the value and the trigger (<c>people</c> in <c>13,000 people died</c>), without a dangling preposition.</summary>
    Between = 2,

    /// <summary>
    /// The noun phrase right after the value, which says what is counted: <c>agreements</c> in <c>some 30 agreements</c>,
    /// <c>of the EU's 27 countries</c> in <c>Five of the EU's 27 countries</c>.
    /// </summary>
    CountedNoun = 4,

    /// <summary>The topic word of the rule nearest the trigger (or the value), such as <c>war</c> or <c>talks</c>.</summary>
    Topic = 8,

    /// <summary>Up to six words of the clause right before the value (or a trigger before it), such as <c>the most recent effort broke down</c>.</summary>
    ClauseBefore = 16,
}
