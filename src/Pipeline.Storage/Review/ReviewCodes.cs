namespace Pipeline.Storage.Review;

/// <summary>Stable English codes of the review that other steps write too.</summary>
public static class ReviewCodes
{
    /// <summary>An upload refused (409) or rejected after scoring because the commune's annex for the term is confirmed.</summary>
    public const string AnnexConfirmed = "annex-confirmed";
}
