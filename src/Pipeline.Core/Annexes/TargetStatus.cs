namespace Pipeline.Core.Annexes;

/// <summary>A verdict on one target: computed by the scorer, or written by the commune.</summary>
public enum TargetStatus
{
    /// <summary>Vượt.</summary>
    Exceeded,

    /// <summary>Đạt.</summary>
    Met,

    /// <summary>Không đạt / Chưa đạt.</summary>
    NotMet,
}
