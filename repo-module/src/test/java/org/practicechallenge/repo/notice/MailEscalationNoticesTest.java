package org.practicechallenge.repo.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.practicechallenge.protocol.NoticeKind;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageNotice;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.PracticeChallengeModel;

class MailEscalationNoticesTest
{
    private static final String CHALLENGE = "workspace://SpacesStore/challenge-1";
    private static final LocalDate DUE = LocalDate.of(2026, 9, 1);

    private final ActionService actionService = mock(ActionService.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final Action mail = mock(Action.class);
    private final MailEscalationNotices notices = new MailEscalationNotices();

    @BeforeEach
    void noticesThroughTheMailAction()
    {
        notices.setActionService(actionService);
        notices.setNodeService(nodeService);
        notices.setPartnershipSettings(ModuleDefaults.partnership());
        notices.setSettings(ModuleDefaults.properties());
        when(actionService.createAction(eq(MailActionExecuter.NAME), anyMap())).thenReturn(mail);
        when(nodeService.getProperty(new NodeRef(CHALLENGE), PracticeChallengeModel.PROP_REFERENCE)).thenReturn("PC-2026-1A2B3C01");
    }

    private static StageNotice notice(NoticeKind kind, Stage stage)
    {
        return new StageNotice(kind, CHALLENGE, "workspace://SpacesStore/case-1", stage, DUE,
                Set.of("GROUP_PC_SOCIALCARE_PRACTITIONERS", "GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Serializable> mailParameters()
    {
        ArgumentCaptor<Map<String, Serializable>> parameters = ArgumentCaptor.forClass(Map.class);
        verify(actionService).createAction(eq(MailActionExecuter.NAME), parameters.capture());
        return parameters.getValue();
    }

    @Test
    void aNewStageReachesEveryMemberOfTheRespondingGroupsByAlfrescosMailAction()
    {
        notices.send(notice(NoticeKind.STAGE_STARTED, Stage.STAGE_1));

        Map<String, Serializable> parameters = mailParameters();
        assertThat(parameters.get(MailActionExecuter.PARAM_TO_MANY))
                .isEqualTo(List.of("GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS", "GROUP_PC_SOCIALCARE_PRACTITIONERS"));
        assertThat(parameters.get(MailActionExecuter.PARAM_SUBJECT)).isEqualTo("Practice challenge PC-2026-1A2B3C01 has reached Stage 1");
        assertThat((String) parameters.get(MailActionExecuter.PARAM_TEXT))
                .contains("record your response by Tuesday 1 September 2026")
                .contains("http://localhost:8080/share/page/practice-challenge?nodeRef=workspace%3A%2F%2FSpacesStore%2Fchallenge-1");
    }

    @Test
    void theMailIsSentAfterTheStepCommitsSoARolledBackStepSendsNothing()
    {
        notices.send(notice(NoticeKind.REMINDER, Stage.STAGE_2));

        verify(actionService).executeAction(mail, new NodeRef(CHALLENGE), false, true);
    }

    @Test
    void aFailingMailServerNeverFailsTheWorkflowStep()
    {
        doThrow(new RuntimeException("Failed to send email: mail.example.org:25 connection refused"))
                .when(actionService).executeAction(any(), any(), anyBoolean(), anyBoolean());

        assertThatCode(() -> notices.send(notice(NoticeKind.OVERDUE, Stage.STAGE_3))).doesNotThrowAnyException();
    }

    @Test
    void aMailActionThatCannotEvenBePreparedNeverFailsTheStepEither()
    {
        when(actionService.createAction(eq(MailActionExecuter.NAME), anyMap())).thenThrow(new IllegalStateException("no mail action"));

        assertThatCode(() -> notices.send(notice(NoticeKind.STAGE_STARTED, Stage.STAGE_1))).doesNotThrowAnyException();
    }

    @Test
    void aStageWithNobodyToTellSendsNothing()
    {
        notices.send(new StageNotice(NoticeKind.REMINDER, CHALLENGE, "workspace://SpacesStore/case-1", Stage.STAGE_1, DUE, Set.of()));

        verify(actionService, never()).createAction(any(), anyMap());
    }

    @Test
    void thePracticeReviewGroupIsCalledWhatThePartnershipCallsIt()
    {
        Properties settings = ModuleDefaults.properties();
        settings.setProperty("practicechallenge.practiceReviewGroup.name", "Practice Standards Group");
        notices.setPartnershipSettings(org.practicechallenge.protocol.PartnershipSettings.fromProperties(settings));

        notices.send(notice(NoticeKind.OVERDUE, Stage.PRACTICE_REVIEW_GROUP));

        assertThat(mailParameters().get(MailActionExecuter.PARAM_SUBJECT))
                .isEqualTo("Overdue: practice challenge PC-2026-1A2B3C01 (Practice Standards Group) was due Tuesday 1 September 2026");
    }

    @Test
    void theOverdueNoticeKeepsTheApostropheOfItsTemplate()
    {
        notices.send(notice(NoticeKind.OVERDUE, Stage.STAGE_2));

        assertThat((String) mailParameters().get(MailActionExecuter.PARAM_TEXT)).contains("the raising side's decision");
    }

    @Test
    void noticesNeverCarryTheChildOrTheIssue()
    {
        notices.send(notice(NoticeKind.STAGE_STARTED, Stage.STAGE_1));

        verify(nodeService, never()).getProperty(any(), eq(PracticeChallengeModel.PROP_ISSUE_SUMMARY));
        verify(nodeService, never()).getProperty(any(), eq(PracticeChallengeModel.PROP_CHILD_NAME));
        verify(nodeService, never()).getProperties(any());
    }

    /**
     * A notice goes to whole groups, whose members need not be able to open the child's case folder, so no notice
     * names the child however much the repository would tell: only the reference, the stage, the date and a link.
     */
    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void aMailNeverNamesTheChild(NoticeKind kind)
    {
        when(nodeService.getProperty(any(), eq(PracticeChallengeModel.PROP_CHILD_NAME))).thenReturn("Sam Smith");
        when(nodeService.getProperty(any(), eq(PracticeChallengeModel.PROP_CHILD_IDENTIFIER))).thenReturn("C-104522");
        when(nodeService.getProperties(any())).thenReturn(Map.of(PracticeChallengeModel.PROP_CHILD_NAME, "Sam Smith",
                PracticeChallengeModel.PROP_CHILD_IDENTIFIER, "C-104522"));
        for (Stage stage : Stage.values())
        {
            org.mockito.Mockito.clearInvocations(actionService);

            notices.send(notice(kind, stage));

            Map<String, Serializable> parameters = mailParameters();
            assertThat(parameters.get(MailActionExecuter.PARAM_SUBJECT) + "\n" + parameters.get(MailActionExecuter.PARAM_TEXT))
                    .as("%s at %s", kind, stage)
                    .doesNotContain("Sam Smith", "C-104522");
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyNoticeHasASubjectAndATextInTheBundle(NoticeKind kind)
    {
        ResourceBundle bundle = ResourceBundle.getBundle(MailEscalationNotices.BUNDLE, java.util.Locale.ROOT);

        assertThat(bundle.getString("practicechallenge.notice." + kind.code() + ".subject")).isNotBlank();
        assertThat(bundle.getString("practicechallenge.notice." + kind.code() + ".text")).isNotBlank();
    }
}
