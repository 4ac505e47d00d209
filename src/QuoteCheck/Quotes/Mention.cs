using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>How a mention names its source.</summary>
internal enum MentionForm : byte
{
    /// <summary>A personal name, maybe with a role before it: <c>Prime Minister Avdullah Hoti</c>.</summary>
    Name,

    /// <summary>A description with no name: <c>a senior EU official</c>, <c>the ministry</c>, <c>the Serbian president</c>.</summary>
    Description,

    /// <summary><c>he</c>, <c>she</c>, <c>they</c>.</summary>
    Pronoun,

    /// <summary>A group of named people or bodies: <c>Macron and Merkel</c>.</summary>
    Group,
}

/// <summary>One mention of a speaker next to a cue, read from the text; resolved to a speaker by <see cref="SpeakerRegistry"/>.</summary>
/// <param name="Span">The whole mention.</param>
/// <param name="Form">How it names its source.</param>
/// <param name="Kind">The sort of source.</param>
/// <param name="Name">The name part (for a description, the words after the determiner).</param>
/// <param name="Role">The role part, when a role stands before the name; empty otherwise.</param>
/// <param name="Definite">Whether it starts with <c>the</c> or a possessive, so it may point back to a source already named.</param>
/// <param name="Possessor">For <c>his office</c>: the span of <c>his</c>, which is resolved to a person; empty otherwise.</param>
internal readonly record struct Mention(TextSpan Span, MentionForm Form, SpeakerKind Kind, TextSpan Name, TextSpan Role, bool Definite, TextSpan Possessor);
