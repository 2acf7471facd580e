using Pipeline.Core.Periods;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Tests;

/// <summary>The keys' formats are what stored data already uses: a change here strands existing rows.</summary>
public class TableKeysTests
{
    [Fact]
    public void Summary_partitions_keep_their_formats()
    {
        Assert.Equal("son-la|2020-2025", TableKeys.CommuneSummaries("son-la", "2020-2025"));
        Assert.Equal(("son-la|", "son-la|~"), TableKeys.CommuneSummariesOfProvince("son-la"));
        Assert.Equal("merged|son-la|2020-2025", TableKeys.MergedSummaries("son-la", "2020-2025"));
        Assert.Equal("province|son-la", TableKeys.ProvinceSummaries("son-la"));
    }

    [Fact]
    public void Period_and_progress_partitions_keep_their_formats_and_stay_out_of_the_commune_summaries_range()
    {
        var partition = TableKeys.PeriodSummaries(new CommuneId("son-la", "bo-sinh"), "2025-2030");
        Assert.Equal("period|son-la|bo-sinh|2025-2030", partition);
        Assert.Equal(("2026", "mid-term"), (TableKeys.PeriodRow(ReportingPeriod.OfYear(2026)), TableKeys.PeriodRow(ReportingPeriod.MidTerm)));
        Assert.Equal(("period|son-la|", "period|son-la|~"), TableKeys.PeriodSummariesOfProvince("son-la"));
        Assert.Equal("progress|son-la|2025-2030", TableKeys.ProgressCounts("son-la", "2025-2030"));

        Assert.Equal("bo-sinh", TableKeys.CommuneOfPeriodSummaries("son-la", "2025-2030", partition));
        Assert.Null(TableKeys.CommuneOfPeriodSummaries("son-la", "2020-2025", partition));
        Assert.Null(TableKeys.CommuneOfPeriodSummaries("dien-bien", "2025-2030", partition));
        Assert.Null(TableKeys.TermOfCommuneSummaries("son-la", partition));
        var (after, before) = TableKeys.CommuneSummariesOfProvince("son-la");
        Assert.False(string.CompareOrdinal(partition, after) > 0 && string.CompareOrdinal(partition, before) < 0);
    }

    [Fact]
    public void A_terms_deadline_keeps_its_row_from_before_periods_and_a_periods_has_its_own()
    {
        Assert.Equal("deadline|son-la", TableKeys.Deadlines("son-la"));
        Assert.Equal("2025-2030", TableKeys.DeadlineRow("2025-2030", ReportingPeriod.WholeTerm));
        Assert.Equal(("2025-2030|2026", "2025-2030|mid-term"),
            (TableKeys.DeadlineRow("2025-2030", ReportingPeriod.OfYear(2026)), TableKeys.DeadlineRow("2025-2030", ReportingPeriod.MidTerm)));
    }

    [Fact]
    public void A_periods_first_sent_note_is_no_period_row_so_lists_of_periods_pass_it_by()
    {
        var note = TableKeys.PeriodFirstSentRow(ReportingPeriod.OfYear(2026));
        Assert.Equal("sent|2026", note);
        Assert.False(ReportingPeriod.TryParse(note, out _));
    }

    [Fact]
    public void The_term_of_a_commune_summaries_partition_reads_back_and_other_keys_give_none()
    {
        Assert.Equal("2020-2025", TableKeys.TermOfCommuneSummaries("son-la", TableKeys.CommuneSummaries("son-la", "2020-2025")));
        Assert.Null(TableKeys.TermOfCommuneSummaries("son-la", "son-la|2025-2020"));
        Assert.Null(TableKeys.TermOfCommuneSummaries("son-la", "son-la|pu-bau|2020-2025|20261129T014501123-3f9a1c2e"));
        Assert.Null(TableKeys.TermOfCommuneSummaries("son-la", "dien-bien|2020-2025"));
    }

    [Fact]
    public void Target_keys_keep_their_formats()
    {
        Assert.Equal("son-la|pu-bau|2020-2025|20261129T014501123-3f9a1c2e", TableKeys.UploadTargets("son-la/pu-bau", "2020-2025", "20261129T014501123-3f9a1c2e"));
        Assert.Equal("03", TableKeys.AnnexHeaderRow(3));
        Assert.Equal("03-0012", TableKeys.TargetRow(3, 12));
    }

    [Fact]
    public void Upload_and_run_keys_keep_their_formats()
    {
        Assert.Equal("20261129T014501123-3f9a1c2e", TableKeys.UploadRecord("20261129T014501123-3f9a1c2e"));
        Assert.Equal("upload", TableKeys.UploadRecordRow);
        Assert.Equal("pending", TableKeys.PendingUploads);
        Assert.Equal("commune|son-la|pu-bau", TableKeys.CommuneUploads(new CommuneId("son-la", "pu-bau")));
        Assert.Equal("run", TableKeys.ConsolidationRuns);
    }
}
