using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// One source within a document: every mention of the same person, body or document, merged.
/// </summary>
/// <remarks>
/// <see cref="Name"/> is the fullest form seen (<c>Josep Borrell</c> for mentions <c>Borrell</c>,
/// <c>EU diplomatic chief Josep Borrell</c> and <c>he</c>). Matching folds case and diacritics, so
/// <c>Vučić</c> and <c>Vucic</c> are one speaker. Immutable.
/// </remarks>
public sealed record Speaker
{
    /// <summary>Creates a speaker.</summary>
    /// <param name="name">The canonical name or description.</param>
    /// <param name="kind">The sort of source.</param>
    /// <param name="role">The role or title given in the text, when any.</param>
    /// <param name="mentions">Where the text mentions the speaker, in text order.</param>
    public Speaker(string name, SpeakerKind kind, string? role, IReadOnlyList<TextSpan> mentions)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(mentions);
        Name = name;
        Kind = kind;
        Role = role;
        Mentions = mentions;
    }

    /// <summary>The canonical name (a person's fullest name) or the description of an anonymous source.</summary>
    public string Name { get; init; }

    /// <summary>The sort of source.</summary>
    public SpeakerKind Kind { get; init; }

    /// <summary>The role or title, such as <c>EU foreign policy chief</c>; <see langword="null"/> when none is given.</summary>
    public string? Role { get; init; }

    /// <summary>Every mention of the speaker in the document (names, titles and resolved pronouns), in text order.</summary>
    public IReadOnlyList<TextSpan> Mentions { get; init; }

    /// <summary>The canonical name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
