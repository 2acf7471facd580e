using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public class CellFormulaTests
{
    // D9 = 18, E9 = 27.5, D10 = 562, E10 = text, F9 empty (0-based rows 8 and 9, columns 3 and 4).
    private static CellFormula.CellContent Cells(int row, int column) => (row, column) switch
    {
        (8, 3) => CellFormula.CellContent.Of(18),
        (8, 4) => CellFormula.CellContent.Of(27.5),
        (9, 3) => CellFormula.CellContent.Of(562),
        (9, 4) => CellFormula.CellContent.Text,
        _ => CellFormula.CellContent.Empty,
    };

    [Theory]
    [InlineData("ROUND(E9/D9*100,1)", 152.8)]
    [InlineData("=E9/D9*100", 152.77777777777777)]
    [InlineData("1+2*3^2", 19)]
    [InlineData("-(1+2)*2", -6)]
    [InlineData("50%*D9", 9)]
    [InlineData("SUM(D9:D10)", 580)]
    [InlineData("SUM(D9:E10)", 607.5)] // text in a range is skipped
    [InlineData("AVERAGE(D9,E9)", 22.75)]
    [InlineData("MAX($D$9:D10)+1", 563)]
    [InlineData("F9+1", 1)] // an empty cell is 0
    [InlineData("ROUNDDOWN(27.59,1)", 27.5)]
    [InlineData("ROUNDUP(27.51,1)", 27.6)]
    [InlineData("ROUND(2.5,0)", 3)]
    [InlineData("IFERROR(1/0,7)", 7)]
    [InlineData("ABS(-D9)", 18)]
    public void Supported_formulas_compute_as_excel_does(string formula, double expected) =>
        Assert.Equal(expected, CellFormula.Evaluate(formula, 0, 0, Cells)!.Value, 9);

    [Theory]
    [InlineData("1/0")] // #DIV/0!
    [InlineData("E10*2")] // text in arithmetic: #VALUE!
    [InlineData("'Biểu 02'!D9")] // another sheet
    [InlineData("VLOOKUP(D9,A1:B2,2,0)")] // unsupported function
    [InlineData("\"Đạt\"")] // a text result
    [InlineData("D9 D10")] // trailing garbage
    [InlineData("SUM(A1:XFD1048576)")] // a range past the evaluation limit
    public void Anything_else_gives_no_value(string formula) =>
        Assert.Null(CellFormula.Evaluate(formula, 0, 0, Cells));

    [Fact]
    public void A_shared_formula_moves_its_relative_references_only() =>
        // MAX($D$9:D9) used one row down reads MAX($D$9:D10).
        Assert.Equal(562, CellFormula.Evaluate("MAX($D$9:D9)", 1, 0, Cells));

    [Theory]
    [InlineData("ROW()-5", 7)] // the formula's own cell is row 12
    [InlineData("ROW(D9)", 9)]
    [InlineData("COLUMN()", 2)]
    public void Row_and_column_number_rows_as_stt_columns_do(string formula, double expected) =>
        Assert.Equal(expected, CellFormula.Evaluate(formula, 0, 0, Cells, (11, 1)));

    [Fact]
    public void A_spent_budget_gives_no_value_however_small_the_formula()
    {
        var budget = new CellFormula.Budget(10);
        Assert.Equal(580, CellFormula.Evaluate("SUM(D9:D10)", 0, 0, Cells, budget: budget));
        Assert.Null(CellFormula.Evaluate("SUM(D1:D20)", 0, 0, Cells, budget: budget)); // 20 cells, 8 left
        Assert.Equal(18, CellFormula.Evaluate("D9", 0, 0, Cells, budget: budget));
    }

    [Fact]
    public void A_long_run_of_signs_is_counted_not_recursed_into()
    {
        Assert.Equal(-1, CellFormula.Evaluate(new string('-', 100_001) + "1", 0, 0, Cells));
        Assert.Equal(1, CellFormula.Evaluate(new string('+', 100_000) + "1", 0, 0, Cells));
        Assert.Equal(8, CellFormula.Evaluate("--2^3", 0, 0, Cells)); // Excel: negation binds before ^
    }

    [Fact]
    public void Deep_nesting_is_refused_not_overflowed() =>
        Assert.Null(CellFormula.Evaluate(new string('(', 10_000) + "1" + new string(')', 10_000), 0, 0, Cells));
}
