package org.practicechallenge.repo.webscript;

import org.practicechallenge.repo.ModuleDefaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicechallenge.calendar.EnglandAndWalesBankHolidays;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.WorkingDayCalendar;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.ReaderAccess;
import org.practicechallenge.repo.register.ChallengeRegister;
import org.practicechallenge.repo.register.RegisterDatabase;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.report.ReportLabels;

class ReportGetTest
{
    private final PartnershipSettings settings = ModuleDefaults.partnership();
    private static final Clock TUESDAY_13_OCTOBER_2026 = Clock.fixed(Instant.parse("2026-10-13T11:00:00Z"), ZoneOffset.UTC);

    private final ChallengeRegister register = RegisterDatabase.inMemory().register();
    private final CallerAccess access = mock(CallerAccess.class);
    private final ReportGet report = new ReportGet(register, access, settings,
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays()), new ReportLabels(settings), TUESDAY_13_OCTOBER_2026);
    private final List<ChallengeSummary> stored = new ArrayList<>();

    /** The request, once the stored challenges are in the register. */
    private WebScriptCall get()
    {
        stored.forEach(register::record);
        return WebScriptCall.get();
    }

    @BeforeEach
    void registerHoldsTheStoredChallenges()
    {
        // Friday 28 August to Tuesday 1 September 2026, over the summer bank holiday: 1 working day.
        stored.add(Challenges.resolved("r1", "police", "socialCare", "2026-08-28T09:00:00Z", "2026-09-01T10:00:00Z"));
        stored.add(Challenges.open("o1", Stage.STAGE_3, "health", "police"));
        stored.add(Challenges.open("o2", Stage.STAGE_2, "education", "health"));
    }

    private void callerIsIn(String... groups)
    {
        when(access.currentReader()).thenReturn(ReaderAccess.of(false, Set.of(groups), settings.agencies()));
    }

    @Test
    void thePartnershipSeesTheWholeReportAsJson()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");

        WebScriptCall call = get().to(report);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.contentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(call.body()).startsWith("{\"total\":3,"
                + "\"byStageReached\":{\"stage1\":0,\"stage2\":2,\"stage3\":1,\"stage4\":0,\"practiceReviewGroup\":0},"
                + "\"byRaisingAgency\":{\"education\":1,\"health\":1,\"police\":1},"
                + "\"byRespondingAgency\":{\"health\":1,\"police\":1,\"socialCare\":1},"
                + "\"byCategory\":{\"referralAndThreshold\":0,\"assessment\":3,")
                .contains("\"byKind\":{\"professionalDifference\":3,\"conferenceChallenge\":0},"
                        + "\"byResolution\":{\"open\":2,\"resolved\":1,\"withdrawn\":0},")
                .contains("\"workingDaysToResolve\":{\"count\":1,\"mean\":1,\"median\":1,\"max\":1},");
    }

    @Test
    void nothingResolvedYetGivesNullMeanMedianAndMax()
    {
        callerIsIn("GROUP_PC_PRACTICE_REVIEW_GROUP");
        stored.remove(0);

        WebScriptCall call = get().to(report);

        assertThat(call.body()).contains("\"workingDaysToResolve\":{\"count\":0,\"mean\":null,\"median\":null,\"max\":null},");
    }

    @Test
    void theReportAsCsvIsADownloadInWordsAUserKnows()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");

        WebScriptCall call = get().with("format", "csv").to(report);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.contentType()).isEqualTo("text/csv;charset=UTF-8");
        verify(call.response()).setHeader("Content-Disposition", "attachment; filename=\"partnership-report.csv\"");
        assertThat(call.body()).startsWith("Measure,Of,Value\r\nChallenges raised,,3\r\n")
                .contains("\r\nStage reached,Stage 2,2\r\n", "\r\nRaised by,Police,1\r\n",
                        "\r\nRaised with,Children's Social Care,1\r\n", "\r\nPractice issue,Assessment,3\r\n",
                        "\r\nHow they stand,Resolved,1\r\n", "\r\nMean working days to resolve,,1.0\r\n")
                .doesNotContain("socialCare", "stage2", "assessment", "resolved,");
    }

    @Test
    void chartsFollowTheFiltersEveryFigureIsOverTheMatchingChallengesOnly()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");

        WebScriptCall call = get().with("respondingAgency", "police").with("stage", "stage3").to(report);

        assertThat(call.body()).startsWith("{\"total\":1,")
                .contains("\"byRaisingAgency\":{\"health\":1},", "\"byRespondingAgency\":{\"police\":1},");
    }

    @Test
    void theReportSaysWhatTheStagesTookAndWhatRecurs()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");

        WebScriptCall call = get().to(report);

        assertThat(call.body())
                .contains("\"byQuarter\":[{\"quarter\":\"2026-Q3\",\"raised\":1,\"escalated\":1,\"resolved\":1,"
                        + "\"withdrawn\":0,\"open\":0},{\"quarter\":\"2026-Q4\",\"raised\":2,\"escalated\":2,"
                        + "\"resolved\":0,\"withdrawn\":0,\"open\":2}]")
                .contains("\"themes\":[{\"issueCategory\":\"assessment\",")
                .contains("\"conferenceRoute\":{\"conferenceChallenges\":0,")
                .endsWith("\"cinChecks\":{\"evidenced\":0,\"notEvidenced\":0}}");
    }

    /** The report is read as the system user for complete counts, so it must carry nothing that names a child. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"json", "csv"})
    void theReportNeverNamesAChildOrPointsToACase(String format)
    {
        callerIsIn("GROUP_PC_SOCIALCARE_DIRECTOR");
        stored.add(Challenges.conferenceChallengeAtStage3());

        WebScriptCall call = get().with("format", format).to(report);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).doesNotContain("Sam Smith", "C123", "case1", "Child r1", "C-o1", "case-", "SpacesStore");
    }

    @Test
    void aDirectorSeesOnlyTheChallengesTheirAgencyRaisedOrAnswers()
    {
        callerIsIn("GROUP_PC_POLICE_DIRECTOR");

        WebScriptCall call = get().to(report);

        assertThat(call.body()).startsWith("{\"total\":2,");
    }

    @Test
    void aPractitionerMayNotSeeThePartnershipReport()
    {
        callerIsIn("GROUP_PC_POLICE_PRACTITIONERS");

        WebScriptCall call = get().to(report);

        assertThat(call.status()).isEqualTo(403);
        assertThat(call.body()).startsWith("{\"status\":{\"code\":403},\"message\":\"the partnership report is for ");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "format | xml        | format: 'xml' is not one of: json, csv",
        "from   | yesterday  | from: 'yesterday' is not a date written yyyy-MM-dd, such as 2026-10-01",
        "to     | 2026-13-01 | to: '2026-13-01' is not a date written yyyy-MM-dd, such as 2026-10-01"})
    void aBadParameterIsABadRequestThatNamesIt(String parameter, String value, String message)
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");

        WebScriptCall call = get().with(parameter, value).to(report);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).isEqualTo("{\"status\":{\"code\":400},\"message\":\"" + message + "\"}");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsABadRequestNamingFrom()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");

        WebScriptCall call = get().with("from", "2026-12-01").with("to", "2026-01-01").to(report);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).isEqualTo("{\"status\":{\"code\":400},\"message\":\"from: 2026-12-01 is after to 2026-01-01\"}");
    }

    @Test
    void onlyChallengesRaisedInThePeriodAreCounted()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");

        WebScriptCall call = get().with("from", "2026-10-01").with("to", "2026-10-31").to(report);

        assertThat(call.body()).startsWith("{\"total\":2,");
    }
}
