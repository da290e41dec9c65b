package org.practicechallenge.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_CHILD_IDENTIFIER;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_CHILD_NAME;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_ISSUE_SUMMARY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.ReaderAccess;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.register.ChallengeRegister;
import org.practicechallenge.repo.register.RegisterDatabase;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.workflow.ScheduledCinChecks;
import org.practicechallenge.repo.workflow.WorkflowsAsAlfrescoAnswers;

/**
 * Finding one's challenges: a child's case folder's, a child's by identifier, and the caller's own (raised or
 * challenged in) with a chair's checks still to come; read through the real register on H2, each listed challenge
 * only if the caller may read it.
 */
class ChallengesGetTest
{
    private static final Clock TUESDAY_13_OCTOBER_2026 = Clock.fixed(Instant.parse("2026-10-13T11:00:00Z"), ZoneOffset.UTC);
    private static final String CASE_1 = "workspace://SpacesStore/case1";
    private static final String CASE_2 = "workspace://SpacesStore/case2";

    private final PartnershipSettings settings = ModuleDefaults.partnership();
    private final ChallengeRegister register = RegisterDatabase.inMemory().register();
    private final CallerAccess access = mock(CallerAccess.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final WorkflowsAsAlfrescoAnswers workflows = new WorkflowsAsAlfrescoAnswers();
    private final ChallengesGet challenges = new ChallengesGet(register, access, nodeService,
            new ScheduledCinChecks(workflows), settings, TUESDAY_13_OCTOBER_2026);
    private final Set<String> unreadable = new HashSet<>();

    @BeforeEach
    void sallyASocialWorkerMayReadWhatIsNotMarkedUnreadable()
    {
        when(access.currentUserName()).thenReturn("sally.socialworker");
        when(access.currentReader()).thenReturn(ReaderAccess.of(false, Set.of("GROUP_PC_SOCIALCARE_STAGE1"),
                settings.agencies()));
        when(access.canRead(any())).thenAnswer(call -> !unreadable.contains(call.getArgument(0).toString()));
        when(nodeService.getProperties(new NodeRef(CASE_1))).thenReturn(Map.of(PROP_CHILD_IDENTIFIER, "C123",
                PROP_CHILD_NAME, "Sam Smith"));
        when(nodeService.getProperties(new NodeRef(CASE_2))).thenReturn(Map.of(PROP_CHILD_IDENTIFIER, "C123",
                PROP_CHILD_NAME, "Sam Smith"));
    }

    /** A challenge on a case folder of child C123, its issue summary on its node. */
    private ChallengeSummary stored(String id, String caseFolder, ChallengeStatus status, String raised, String raisedBy,
            String challenged)
    {
        boolean open = status == ChallengeStatus.OPEN;
        ChallengeSummary challenge = new ChallengeSummary("workspace://SpacesStore/" + id, "PC-2026-" + id, caseFolder,
                "C123", "Sam Smith", ChallengeKind.PROFESSIONAL_DIFFERENCE, Stage.STAGE_2, Stage.STAGE_1, status,
                "police", "socialCare", IssueCategory.ASSESSMENT, Instant.parse(raised),
                open ? null : Instant.parse("2026-10-12T10:00:00Z"), LocalDate.of(2026, 10, 20), open)
                .withPeople(raisedBy, challenged);
        register.record(challenge);
        when(nodeService.getProperty(new NodeRef(challenge.ref()), PROP_ISSUE_SUMMARY))
                .thenReturn("Summary of " + id);
        return challenge;
    }

    @Test
    void aCaseFoldersChallengesAreListedOpenAndClosedNewestFirstWithTheChildInTheHeading()
    {
        stored("0001", CASE_1, ChallengeStatus.RESOLVED, "2026-09-01T09:00:00Z", "pat.police", null);
        stored("0002", CASE_1, ChallengeStatus.OPEN, "2026-10-01T09:00:00Z", "pat.police", "sally.socialworker");
        stored("0003", CASE_2, ChallengeStatus.OPEN, "2026-10-02T09:00:00Z", "pat.police", null);

        WebScriptCall call = WebScriptCall.get().with("caseFolder", CASE_1).to(challenges);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).startsWith("{\"query\":{\"by\":\"caseFolder\",\"caseFolder\":{\"nodeRef\":\"" + CASE_1
                + "\",\"readable\":true,\"childIdentifier\":\"C123\",\"childName\":\"Sam Smith\"}},\"items\":["
                + "{\"nodeRef\":\"workspace://SpacesStore/0002\",\"reference\":\"PC-2026-0002\","
                + "\"issueSummary\":\"Summary of 0002\",\"kind\":\"professionalDifference\",\"stage\":\"stage2\","
                + "\"status\":\"open\",\"raisingAgency\":\"police\",\"raisingAgencyName\":\"Police\","
                + "\"respondingAgency\":\"socialCare\",\"respondingAgencyName\":\"Children's Social Care\","
                + "\"raisedDate\":\"2026-10-01T09:00:00.000Z\",\"raisedDay\":\"2026-10-01\",\"dueDate\":\"2026-10-20\",\"overdue\":true,"
                + "\"caseFolder\":{\"nodeRef\":\"" + CASE_1 + "\",\"readable\":true,\"childIdentifier\":\"C123\","
                + "\"childName\":\"Sam Smith\"}},")
                .endsWith("\"hasMoreItems\":false}")
                .doesNotContain("PC-2026-0003", "scheduledChecks");
        // The closed one: no due date, not overdue.
        assertThat(call.body()).contains("\"reference\":\"PC-2026-0001\"", "\"status\":\"resolved\",\"raisingAgency\"",
                "\"dueDate\":null,\"overdue\":false");
        assertThat(call.body().indexOf("PC-2026-0002")).isLessThan(call.body().indexOf("PC-2026-0001"));
    }

    @Test
    void aChallengeTheCallerMayNotReadIsNotListedAndAFolderTheyMayNotReadNamesNoChild()
    {
        stored("0001", CASE_1, ChallengeStatus.OPEN, "2026-09-01T09:00:00Z", "pat.police", null);
        stored("0002", CASE_1, ChallengeStatus.OPEN, "2026-10-01T09:00:00Z", "pat.police", null);
        unreadable.add("workspace://SpacesStore/0001");
        unreadable.add(CASE_1);

        WebScriptCall call = WebScriptCall.get().with("caseFolder", CASE_1).to(challenges);

        assertThat(call.body()).contains("PC-2026-0002", "\"readable\":false,\"childIdentifier\":null,\"childName\":null")
                .doesNotContain("PC-2026-0001", "Summary of 0001", "Sam Smith", "C123");
    }

    @Test
    void aChildsChallengesAreFoundByTheIdentifierAcrossTheirCaseFolders()
    {
        stored("0001", CASE_1, ChallengeStatus.OPEN, "2026-09-01T09:00:00Z", "pat.police", null);
        stored("0003", CASE_2, ChallengeStatus.OPEN, "2026-10-02T09:00:00Z", "pat.police", null);

        WebScriptCall call = WebScriptCall.get().with("childIdentifier", " C123 ").to(challenges);

        assertThat(call.body()).startsWith("{\"query\":{\"by\":\"childIdentifier\",\"childIdentifier\":\"C123\"},"
                + "\"items\":[{\"nodeRef\":\"workspace://SpacesStore/0003\"");
        assertThat(call.body()).contains("PC-2026-0001");
        assertThat(WebScriptCall.get().with("childIdentifier", "C999").to(challenges).body())
                .isEqualTo("{\"query\":{\"by\":\"childIdentifier\",\"childIdentifier\":\"C999\"},\"items\":[],"
                        + "\"hasMoreItems\":false}");
    }

    @Test
    void myChallengesAreThoseIRaisedOrWasChallengedInOpenFirstWithMyPartInEach()
    {
        stored("0001", CASE_1, ChallengeStatus.OPEN, "2026-09-01T09:00:00Z", "sally.socialworker", null);
        stored("0002", CASE_1, ChallengeStatus.RESOLVED, "2026-10-05T09:00:00Z", "sally.socialworker", null);
        stored("0003", CASE_2, ChallengeStatus.OPEN, "2026-10-02T09:00:00Z", "pat.police", "sally.socialworker");
        stored("0004", CASE_2, ChallengeStatus.OPEN, "2026-10-03T09:00:00Z", "pat.police", "harry.health");

        String body = WebScriptCall.get().with("mine", "true").to(challenges).body();

        assertThat(body).startsWith("{\"query\":{\"by\":\"mine\"},\"items\":[");
        assertThat(body).doesNotContain("PC-2026-0004");
        int challengedIn = body.indexOf("PC-2026-0003"), raisedOpen = body.indexOf("PC-2026-0001"),
                raisedClosed = body.indexOf("PC-2026-0002");
        assertThat(challengedIn).isPositive().isLessThan(raisedOpen);
        assertThat(raisedOpen).isLessThan(raisedClosed);
        assertThat(body.substring(challengedIn, raisedOpen)).contains("\"yourPart\":\"challenged\"");
        assertThat(body.substring(raisedOpen, raisedClosed)).contains("\"yourPart\":\"raised\"");
        assertThat(body).endsWith("\"hasMoreItems\":false,\"scheduledChecks\":[]}");
    }

    @Test
    void aConferenceChairsListAlsoShowsHerChecksStillWaitingForTheirTimer()
    {
        when(access.currentUserName()).thenReturn("cara.chair");
        workflows.process("201", "pcCinStepDownCheck", true, Map.of("pcwf_chair", "cara.chair", "pcwf_caseFolder", CASE_1,
                "pcwf_cinCheckDate", Date.from(Instant.parse("2026-11-12T09:00:00Z"))))
                .process("202", "pcCinStepDownCheck", true, Map.of("pcwf_chair", "colin.chair", "pcwf_caseFolder", CASE_2,
                        "pcwf_cinCheckDate", Date.from(Instant.parse("2026-11-13T09:00:00Z"))));

        String body = WebScriptCall.get().with("mine", "true").to(challenges).body();

        assertThat(body).isEqualTo("{\"query\":{\"by\":\"mine\"},\"items\":[],\"hasMoreItems\":false,"
                + "\"scheduledChecks\":[{\"caseFolder\":{\"nodeRef\":\"" + CASE_1 + "\",\"readable\":true,"
                + "\"childIdentifier\":\"C123\",\"childName\":\"Sam Smith\"},\"checkDate\":\"2026-11-12\"}]}");
    }

    @Test
    void theDayRaisedIsThePartnershipsDayAndAnAgencyNoLongerConfiguredHasNoName()
    {
        ChallengeSummary lateAtNight = new ChallengeSummary("workspace://SpacesStore/0005", "PC-2026-0005", CASE_1,
                "C123", "Sam Smith", ChallengeKind.PROFESSIONAL_DIFFERENCE, Stage.STAGE_1, Stage.STAGE_1,
                ChallengeStatus.OPEN, "formerAgency", "socialCare", IssueCategory.ASSESSMENT,
                Instant.parse("2026-09-30T23:30:00Z"), null, LocalDate.of(2026, 10, 7), false);
        register.record(lateAtNight);

        String body = WebScriptCall.get().with("caseFolder", CASE_1).to(challenges).body();

        // 23:30 UTC on 30 September is 00:30 on 1 October in London.
        assertThat(body).contains("\"raisedDate\":\"2026-09-30T23:30:00.000Z\",\"raisedDay\":\"2026-10-01\"",
                "\"raisingAgency\":\"formerAgency\",\"raisingAgencyName\":null");
    }

    @Test
    void askingForNothingOrTwoThingsOrANonNodeIsTheCallersMistake()
    {
        for (WebScriptCall call : new WebScriptCall[] {WebScriptCall.get(),
                WebScriptCall.get().with("mine", "true").with("childIdentifier", "C123"),
                WebScriptCall.get().with("mine", "false"),
                WebScriptCall.get().with("caseFolder", "not a node")})
        {
            call.to(challenges);
            assertThat(call.status()).isEqualTo(400);
            assertThat(call.body()).startsWith("{\"status\":{\"code\":400},\"message\":\"caseFolder: ");
        }
    }
}
