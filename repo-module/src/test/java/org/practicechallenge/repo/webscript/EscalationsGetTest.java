package org.practicechallenge.repo.webscript;

import org.practicechallenge.repo.ModuleDefaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.ReaderAccess;
import org.practicechallenge.repo.SignedIn;
import org.practicechallenge.repo.register.ChallengeRegister;
import org.practicechallenge.repo.register.RegisterDatabase;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.report.ReportLabels;

class EscalationsGetTest
{
    private static final Clock TUESDAY_13_OCTOBER_2026 = Clock.fixed(Instant.parse("2026-10-13T11:00:00Z"), ZoneOffset.UTC);

    private final PartnershipSettings settings = ModuleDefaults.partnership();
    private final ChallengeRegister register = RegisterDatabase.inMemory().register();
    private final CallerAccess access = mock(CallerAccess.class);
    private final EscalationsGet escalations = new EscalationsGet(register, access, settings, new ReportLabels(settings),
            TUESDAY_13_OCTOBER_2026);
    private final List<ChallengeSummary> stored = new ArrayList<>();

    /** The request, once the stored challenges are in the register. */
    private WebScriptCall get()
    {
        stored.forEach(register::record);
        return WebScriptCall.get();
    }

    @BeforeEach
    void theCallerMayReadEverything()
    {
        when(access.canRead(any())).thenReturn(true);
    }

    private void callerIsIn(String... groups)
    {
        when(access.currentReader()).thenReturn(ReaderAccess.of(false, Set.of(groups), settings.agencies()));
    }

    @Test
    void aDirectorSeesTheirAgencysEscalationsInTheShapeTheDashletReads()
    {
        callerIsIn("GROUP_PC_SOCIALCARE_DIRECTOR");
        stored.add(Challenges.conferenceChallengeAtStage3());
        stored.add(Challenges.open("policeOnly", Stage.STAGE_3, "police", "health"));

        WebScriptCall call = get().to(escalations);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.contentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(call.body()).isEqualTo("{\"items\":[{\"nodeRef\":\"workspace://SpacesStore/c7\",\"reference\":\"PC-2026-0007\","
                + "\"readable\":true,"
                + "\"caseFolder\":{\"nodeRef\":\"workspace://SpacesStore/case1\",\"readable\":true,\"childIdentifier\":\"C123\",\"childName\":\"Sam Smith\"},"
                + "\"kind\":\"conferenceChallenge\",\"stage\":\"stage3\",\"status\":\"open\",\"raisingAgency\":\"safeguardingUnit\","
                + "\"respondingAgency\":\"socialCare\",\"issueCategory\":\"reportBelowStandard\",\"caseCategory\":null,"
                + "\"raisedDate\":\"2026-10-01T09:00:00.000Z\",\"daysOpen\":12,"
                + "\"dueDate\":\"2026-10-20\",\"overdue\":false}],"
                + "\"paging\":{\"skipCount\":0,\"maxItems\":50,\"totalItems\":1,\"hasMoreItems\":false}}");
    }

    /**
     * The escalations list over the real {@link CallerAccess}: Alfresco answers each permission question for whoever
     * is running, so the system user may read everything while the director may read the challenge (given to Stage
     * 4's groups) but not the child's case folder.
     */
    private EscalationsGet escalationsAsAlfrescoAnswers(String user, NodeRef caseFolder, String... groups)
    {
        AuthorityService authorityService = mock(AuthorityService.class);
        when(authorityService.getAuthorities()).thenReturn(Set.of(groups));
        PermissionService permissionService = mock(PermissionService.class);
        when(permissionService.hasPermission(any(), any())).thenAnswer(call ->
        {
            String asking = AuthenticationUtil.getRunAsUser();
            boolean folder = caseFolder.equals(call.getArgument(0));
            return asking.equals(AuthenticationUtil.SYSTEM_USER_NAME) || (asking.equals(user) && !folder)
                    ? AccessStatus.ALLOWED : AccessStatus.DENIED;
        });
        return new EscalationsGet(register, new CallerAccess(authorityService, permissionService, settings),
                settings, new ReportLabels(settings), TUESDAY_13_OCTOBER_2026);
    }

    @Test
    void aDirectorWhoCannotOpenTheCaseFolderSeesTheChallengeButNotTheChildsName()
    {
        stored.add(Challenges.conferenceChallengeAtStage3());
        try (SignedIn director = SignedIn.as("director9"))
        {
            WebScriptCall call = get().to(escalationsAsAlfrescoAnswers("director9",
                    new NodeRef("workspace://SpacesStore/case1"), "GROUP_PC_SOCIALCARE_DIRECTOR"));

            assertThat(call.status()).isEqualTo(200);
            assertThat(call.body()).contains("\"reference\":\"PC-2026-0007\"",
                    "\"caseFolder\":{\"nodeRef\":\"workspace://SpacesStore/case1\",\"readable\":false,"
                            + "\"childIdentifier\":null,\"childName\":null}",
                    "\"totalItems\":1")
                    .doesNotContain("Sam Smith", "C123");
        }
    }

    @Test
    void aDirectorWhoMayOpenTheCaseFolderSeesTheChildsName()
    {
        stored.add(Challenges.conferenceChallengeAtStage3());
        try (SignedIn director = SignedIn.as("director9"))
        {
            WebScriptCall call = get().to(escalationsAsAlfrescoAnswers("director9",
                    new NodeRef("workspace://SpacesStore/another-case"), "GROUP_PC_SOCIALCARE_DIRECTOR"));

            assertThat(call.body()).contains("\"readable\":true,\"childIdentifier\":\"C123\",\"childName\":\"Sam Smith\"");
        }
    }

    @Test
    void eachCaseFolderIsAskedAboutOnceAndRowsOfAFolderNotOpenToTheCallerShowNoChild()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");
        ChallengeSummary first = Challenges.open("first", Stage.STAGE_4, "police", "socialCare");
        ChallengeSummary second = Challenges.open("second", Stage.STAGE_3, "police", "socialCare");
        stored.add(first);
        // The same child's case: a second challenge on the first one's case folder.
        stored.add(new ChallengeSummary(second.ref(), second.reference(), first.caseFolder(), first.childIdentifier(),
                first.childName(), second.kind(), second.stage(), second.startStage(), second.status(),
                second.raisingAgency(), second.respondingAgency(), second.issueCategory(), second.raisedAt(),
                second.closedAt(), second.dueDate(), second.overdue()));
        NodeRef caseFolder = new NodeRef(first.caseFolder());
        when(access.canRead(caseFolder)).thenReturn(false);

        WebScriptCall call = get().to(escalations);

        assertThat(call.body()).contains("\"totalItems\":2", "PC-first", "PC-second")
                .doesNotContain("\"readable\":true,\"childIdentifier\"", "Child first", "\"C-first\"");
        verify(access, org.mockito.Mockito.times(1)).canRead(caseFolder);
    }

    @Test
    void filtersAndPagingFromTheQueryStringReachTheList()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");
        for (int i = 1; i <= 3; i++)
        {
            stored.add(Challenges.open("s4-" + i, Stage.STAGE_4, "police", "socialCare"));
        }
        stored.add(Challenges.open("s3", Stage.STAGE_3, "police", "socialCare"));

        WebScriptCall call = get().with("stage", "stage4").with("agency", "police").with("overdue", "false")
                .with("from", "2026-10-01").with("to", "2026-10-31").with("skipCount", "1").with("maxItems", "1")
                .to(escalations);

        assertThat(call.body()).contains("\"nodeRef\":\"workspace://SpacesStore/s4-2\"")
                .doesNotContain("s4-1", "s4-3", "SpacesStore/s3\"")
                .endsWith("\"paging\":{\"skipCount\":1,\"maxItems\":1,\"totalItems\":3,\"hasMoreItems\":true}}");
    }

    @Test
    void emptyParametersMeanAnyAsShareSendsThem()
    {
        callerIsIn("GROUP_PC_SOCIALCARE_DIRECTOR");
        stored.add(Challenges.conferenceChallengeAtStage3());

        WebScriptCall call = get().with("stage", "").with("agency", " ").with("overdue", "").to(escalations);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).contains("PC-2026-0007");
    }

    @Test
    void aChallengeTheCallerMayNotReadIsCountedAndListedWithoutItsLinkOrChild()
    {
        callerIsIn("GROUP_PC_SOCIALCARE_SENIOR_MANAGERS");
        stored.add(Challenges.open("readable", Stage.STAGE_3, "police", "socialCare"));
        stored.add(Challenges.open("unreadable", Stage.STAGE_3, "health", "socialCare"));
        when(access.canRead(new NodeRef("workspace://SpacesStore/unreadable"))).thenReturn(false);
        when(access.canRead(new NodeRef("workspace://SpacesStore/case-unreadable"))).thenReturn(false);

        WebScriptCall call = get().to(escalations);

        assertThat(call.body()).contains("\"nodeRef\":\"workspace://SpacesStore/readable\"", "\"totalItems\":2",
                "{\"nodeRef\":null,\"reference\":\"PC-unreadable\",\"readable\":false,")
                .doesNotContain("Child unreadable", "\"C-unreadable\"");
    }

    @Test
    void theListAsCsvIsEveryMatchingRowInWordsAUserKnowsWithTheChildOnlyWhereTheCaseIsOpen()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");
        for (int i = 1; i <= 3; i++)
        {
            stored.add(Challenges.open("s4-" + i, Stage.STAGE_4, "police", "socialCare"));
        }
        stored.add(Challenges.open("other", Stage.STAGE_2, "=HYPERLINK(\"x\")", "health"));
        when(access.canRead(new NodeRef("workspace://SpacesStore/case-s4-3"))).thenReturn(false);

        WebScriptCall call = get().with("format", "csv").with("respondingAgency", "socialCare").with("maxItems", "1")
                .to(escalations);

        assertThat(call.contentType()).isEqualTo("text/csv;charset=UTF-8");
        verify(call.response()).setHeader("Content-Disposition", "attachment; filename=\"escalated-challenges.csv\"");
        assertThat(call.body()).startsWith("Reference,Child identifier,Child's name,Kind of challenge,Stage,Raised by,"
                + "Raised with,Practice issue,Case category,Raised on,Days open,Response due,Overdue\r\n"
                + "PC-s4-1,C-s4-1,Child s4-1,Professional difference,Stage 4,Police,Children's Social Care,Assessment,"
                + "Not given,5 Oct 2026,8,30 Oct 2026,No\r\n")
                .contains("PC-s4-3,Not open to you,Not open to you,")
                .doesNotContain("other", "Child s4-3", "socialCare", "stage4");
        assertThat(call.body().split("\r\n")).as("a header and every matching row, not one page").hasSize(4);
    }

    @Test
    void anAdministratorSeesEveryAgencyWithoutARowByRowPermissionCheck()
    {
        when(access.currentReader()).thenReturn(ReaderAccess.of(true, Set.of(), settings.agencies()));
        stored.add(Challenges.open("a", Stage.STAGE_2, "police", "health"));
        stored.add(Challenges.open("b", Stage.STAGE_3, "education", "socialCare"));

        WebScriptCall call = get().to(escalations);

        assertThat(call.body()).contains("\"totalItems\":2");
        verify(access, never()).canRead(any());
    }

    @Test
    void aCallerInNoConfiguredGroupIsForbiddenAndNothingIsRead()
    {
        callerIsIn("GROUP_EVERYONE", "GROUP_SITE_ADMINISTRATORS");

        WebScriptCall call = get().to(escalations);

        assertThat(call.status()).isEqualTo(403);
        assertThat(call.body()).isEqualTo("{\"status\":{\"code\":403},\"message\":\"the escalations list is for the "
                + "agencies' groups, the partnership and the Practice Review Group\"}");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "stage     | stage9     | stage: 'stage9' is not one of: stage1, stage2, stage3, stage4, practiceReviewGroup",
        "agency    | fireService| agency: unknown agency 'fireService'; configured agencies are [education, health, police, safeguardingUnit, socialCare]",
        "overdue   | yes        | overdue: 'yes' is not true or false",
        "from      | 01/10/2026 | from: '01/10/2026' is not a date written yyyy-MM-dd, such as 2026-10-01",
        "to        | 2026-02-30 | to: '2026-02-30' is not a date written yyyy-MM-dd, such as 2026-10-01",
        "skipCount | -1         | skipCount: -1 is negative; it must be 0 or more",
        "skipCount | ten        | skipCount: 'ten' is not a whole number",
        "maxItems  | 0          | maxItems: 0 is out of range; it must be from 1 to 500",
        "maxItems  | 501        | maxItems: 501 is out of range; it must be from 1 to 500",
        "maxItems  | 99999999999| maxItems: '99999999999' is not a whole number"})
    void aBadParameterIsABadRequestThatNamesIt(String parameter, String value, String message)
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");

        WebScriptCall call = get().with(parameter, value).to(escalations);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).isEqualTo("{\"status\":{\"code\":400},\"message\":\"" + message + "\"}");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsABadRequestNamingFrom()
    {
        callerIsIn("GROUP_PC_PARTNERSHIP");

        WebScriptCall call = get().with("from", "2026-11-01").with("to", "2026-10-01").to(escalations);

        assertThat(call.status()).isEqualTo(400);
        assertThat(call.body()).isEqualTo("{\"status\":{\"code\":400},\"message\":\"from: 2026-11-01 is after to 2026-10-01\"}");
    }
}
