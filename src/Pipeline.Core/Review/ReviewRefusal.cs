namespace Pipeline.Core.Review;

/// <summary>Why a decision or an upload does not fit the state it meets (<see cref="ReviewTransitions"/>); each answers 409.</summary>
public enum ReviewRefusal
{
    /// <summary>No scored annex to decide on: confirming or returning what was not submitted.</summary>
    NothingSubmitted,

    /// <summary>Returning a confirmed annex: it must be reopened first.</summary>
    Confirmed,

    /// <summary>Confirming a returned annex: the commune's fix is awaited (or the province reopens it first).</summary>
    Returned,

    /// <summary>Reopening an annex that is neither confirmed nor returned.</summary>
    NotDecided,

    /// <summary>An upload meets a confirmed annex: locked until the province reopens it.</summary>
    Locked,
}
