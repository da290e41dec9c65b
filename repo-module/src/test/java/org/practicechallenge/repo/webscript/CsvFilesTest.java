package org.practicechallenge.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CsvFilesTest
{
    @Test
    void aCellASpreadsheetWouldRunAsAFormulaStartsWithAQuote()
    {
        assertThat(CsvFiles.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvFiles.cell("+44 1709 123456")).isEqualTo("'+44 1709 123456");
        assertThat(CsvFiles.cell("-1")).isEqualTo("'-1");
        assertThat(CsvFiles.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFiles.cell("Sam Smith")).isEqualTo("Sam Smith");
    }

    @Test
    void aTabOrCarriageReturnAtTheStartIsNeutralisedToo()
    {
        assertThat(CsvFiles.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvFiles.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvFiles.cell(null)).isEmpty();
    }

    @Test
    void daysAreWrittenAsShareShowsThem()
    {
        assertThat(CsvFiles.day(LocalDate.of(2026, 10, 20))).isEqualTo("20 Oct 2026");
        assertThat(CsvFiles.day(null)).isEmpty();
    }
}
