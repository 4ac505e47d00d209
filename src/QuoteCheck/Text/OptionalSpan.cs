namespace QuoteCheck.Text;

/// <summary>
/// A <see cref="TextSpan"/>? kept in 8 bytes instead of 12, for the records made by the thousand per document
/// (a quote's speaker and cue spans, a claim's subject span): those 4 bytes each took the records over an
/// 8-byte boundary. Compares and hashes as the <see cref="TextSpan"/>? it stands for.
/// </summary>
internal readonly struct OptionalSpan : IEquatable<OptionalSpan>
{
    // The complement of start (high half) and length (low half): a span's start is never negative, so a
    // span packs to a negative number and the default, 0, is "none" (a field never set reads null, as a TextSpan? does).
    private readonly long _packed;

    public OptionalSpan(TextSpan? span) =>
        _packed = span is { } s ? ~(((long)s.Start << 32) | (uint)s.Length) : 0;

    public TextSpan? Value => _packed == 0 ? null : new TextSpan((int)(~_packed >> 32), (int)(uint)~_packed);

    public bool Equals(OptionalSpan other) => _packed == other._packed;

    public override bool Equals(object? obj) => obj is OptionalSpan other && Equals(other);

    public override int GetHashCode() => Value?.GetHashCode() ?? 0;
}
