namespace QuoteCheck.Quotes;

/// <summary>What sort of source a <see cref="Speaker"/> is.</summary>
public enum SpeakerKind
{
    /// <summary>A named person: <c>EU foreign policy chief Josep Borrell</c>.</summary>
    Person,

    /// <summary>An unnamed source described by role: <c>a senior EU official</c>.</summary>
    Anonymous,

    /// <summary>A body, office or group: <c>the ministry</c>, <c>his office</c>, <c>the two leaders</c>.</summary>
    Organization,

    /// <summary>A written source: <c>the statement</c>, <c>a report</c>.</summary>
    Document,
}
