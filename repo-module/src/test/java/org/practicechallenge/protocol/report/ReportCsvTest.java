package org.practicechallenge.protocol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.protocol.report.ChallengeRow.challenge;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.WorkingDayCalendar;

class ReportCsvTest
{
    private static PartnershipReport report(List<ChallengeSummary> challenges)
    {
        return PartnershipReport.of(challenges, ReportPeriod.always(), AgencyScope.allAgencies(),
                new WorkingDayCalendar(day -> false), ZoneId.of("Europe/London"));
    }

    @Test
    void theReportIsOneCrlfTerminatedRowPerFigureUnderAHeader()
    {
        String csv = ReportCsv.render(report(List.of(
                challenge().raisedBy("police").against("socialCare").resolved("2026-10-05T09:00:00Z").build())));

        assertThat(csv).startsWith("measure,code,value\r\ntotal,,1\r\nbyStageReached,stage1,0\r\nbyStageReached,stage2,1\r\n");
        assertThat(csv).contains("\r\nbyRaisingAgency,police,1\r\n", "\r\nbyRespondingAgency,socialCare,1\r\n",
                "\r\nbyResolution,resolved,1\r\n", "\r\nworkingDaysToResolve,count,1\r\n",
                "\r\nworkingDaysToResolve,mean,2\r\n", "\r\nworkingDaysToResolve,median,2\r\n");
        assertThat(csv).endsWith("\r\nworkingDaysToResolve,max,2\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void anEmptyReportLeavesMeanMedianAndMaxBlank()
    {
        String csv = ReportCsv.render(report(List.of()));

        assertThat(csv).contains("\r\ntotal,,0\r\n", "\r\nworkingDaysToResolve,count,0\r\n",
                "\r\nworkingDaysToResolve,mean,\r\n", "\r\nworkingDaysToResolve,median,\r\n");
        assertThat(csv).endsWith("\r\nworkingDaysToResolve,max,\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaArePrefixedWithAQuote()
    {
        assertThat(ReportCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(ReportCsv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(ReportCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ReportCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(ReportCsv.cell("police")).isEqualTo("police");
    }

    @Test
    void formulaAgencyCodesFromTheRepositoryAreNeutralisedInTheRenderedReport()
    {
        String csv = ReportCsv.render(report(List.of(challenge().raisedBy("=cmd|' /C calc'!A0").build())));

        assertThat(csv).contains("\r\nbyRaisingAgency,'=cmd|' /C calc'!A0,1\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Requires()
    {
        assertThat(ReportCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReportCsv.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(ReportCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ReportCsv.cell("")).isEmpty();
        assertThat(ReportCsv.cell(null)).isEmpty();
    }

    @Test
    void decimalsAreWrittenPlainWithoutTrailingZeros()
    {
        assertThat(ReportCsv.number(7.5)).isEqualTo("7.5");
        assertThat(ReportCsv.number(10.0)).isEqualTo("10");
        assertThat(ReportCsv.number(1.33)).isEqualTo("1.33");
        assertThat(ReportCsv.number(null)).isEmpty();
    }
}
