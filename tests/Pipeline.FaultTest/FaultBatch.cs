namespace Pipeline.FaultTest;

/// <summary>What the senders of a fault round upload (<see cref="FaultFile.Of"/>).</summary>
public enum FaultBatch
{
    /// <summary>The three seed annexes as workbooks, and a damaged workbook.</summary>
    Workbooks,

    /// <summary>The seed report as a Word document (three annexes, each sent on to its commune as a part), and a damaged one.</summary>
    Reports,
}
