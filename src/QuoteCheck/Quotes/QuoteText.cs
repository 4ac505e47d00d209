namespace QuoteCheck.Quotes;

/// <summary>
/// What a <see cref="Quote"/> keeps for its <see cref="Quote.Text"/>: the string, or the pieces it is made
/// from on first read. Compares as the string it stands for.
/// </summary>
/// <remarks>
/// A value with one reference, so that replacing the pieces by the string made from them is a single atomic
/// write: two threads reading a new quote at once may both make the string, and both store an equal one.
/// Equality goes through the string so that a quote read and one not yet read still compare (and hash) as
/// the record always did.
/// </remarks>
internal readonly struct QuoteText : IEquatable<QuoteText>
{
    // A string (or null, as a quote made "with" a null text holds), or the QuoteParts not yet read.
    private readonly object? _state;

    public QuoteText(string? text) => _state = text;

    public QuoteText(QuoteParts parts) => _state = parts;

    /// <summary>Whether the string has been made (or was given).</summary>
    public bool IsMade => _state is not QuoteParts;

    /// <summary>The string: the one held, or one made from the pieces (not kept: see <see cref="Quote.Text"/>).</summary>
    public string? Value => _state is QuoteParts parts ? parts.MakeText() : (string?)_state;

    public bool Equals(QuoteText other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is QuoteText other && Equals(other);

    public override int GetHashCode() => Value is { } text ? text.GetHashCode(StringComparison.Ordinal) : 0;
}
