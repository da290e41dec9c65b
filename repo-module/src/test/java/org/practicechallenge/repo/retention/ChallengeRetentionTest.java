package org.practicechallenge.repo.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.practicechallenge.repo.MockedRepository;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.NodeValues;
import org.practicechallenge.repo.SignedIn;
import org.practicechallenge.repo.integrity.RecordWriter;
import org.practicechallenge.repo.integrity.RecordWrites;

class ChallengeRetentionTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MockedRepository repository = new MockedRepository();
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final ChallengeRetention retention = new ChallengeRetention();
    private SignedIn signedIn;
    private NodeRef caseFolder;
    private NodeRef closed;
    private NodeRef open;

    @BeforeEach
    void aChildProtectionCaseWithTwoChallenges()
    {
        signedIn = SignedIn.as("sw1");
        retention.setNodeService(repository.nodeService());
        retention.setPolicyComponent(policyComponent);
        retention.setSchedule(RetentionSchedule.fromProperties(ModuleDefaults.properties()));
        retention.setPartnershipSettings(ModuleDefaults.partnership());
        caseFolder = repository.node("case-1", ContentModel.TYPE_FOLDER, Set.of(ASPECT_CHILD_CASE), caseProperties(null));
        closed = challengeIn(caseFolder, "resolved", NodeValues.dateTime(java.time.Instant.parse("2026-09-04T10:00:00Z")));
        open = challengeIn(caseFolder, "open", null);
    }

    @AfterEach
    void signOut()
    {
        signedIn.close();
    }

    private static Map<QName, Serializable> caseProperties(LocalDate closedOn)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(PROP_CASE_CATEGORY, "childProtection");
        p.put(PROP_CHILD_DATE_OF_BIRTH, NodeValues.date(LocalDate.of(2015, 3, 14)));
        p.put(PROP_CASE_CLOSED_DATE, NodeValues.date(closedOn));
        return p;
    }

    private NodeRef challengeIn(NodeRef folder, String status, java.util.Date closedDate)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(PROP_STATUS, status);
        p.put(PROP_CLOSED_DATE, closedDate);
        return repository.nodeService().createNode(folder, ContentModel.ASSOC_CONTAINS, PROP_REFERENCE, TYPE_PRACTICE_CHALLENGE, p).getChildRef();
    }

    @Test
    void itWatchesTheChildsCaseFolders()
    {
        try (MockedConstruction<JavaBehaviour> constructed = mockConstruction(JavaBehaviour.class, (behaviour, context) ->
        {
            assertThat(context.arguments().get(1)).isEqualTo("onUpdateCaseProperties");
            org.practicechallenge.repo.Behaviours.assertBindsAMethodOf(context.arguments(),
                    NodeServicePolicies.OnUpdatePropertiesPolicy.class);
        }))
        {
            retention.init();

            verify(policyComponent).bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ASPECT_CHILD_CASE,
                    constructed.constructed().get(0));
        }
    }

    @Test
    void closingTheCaseGivesEveryChallengeInItARetainUntilDateClosedOnesIncluded()
    {
        List<RecordWriter> writers = new ArrayList<>();
        org.mockito.Mockito.doAnswer(call ->
        {
            writers.add(signedIn.isSystem() ? RecordWrites.current().orElse(null) : null);
            repository.properties(call.getArgument(0)).put(call.getArgument(1), call.getArgument(2));
            return null;
        }).when(repository.nodeService()).setProperty(any(), any(), any());

        retention.onUpdateCaseProperties(caseFolder, caseProperties(null), caseProperties(LocalDate.of(2027, 1, 31)));

        assertThat(NodeValues.day(repository.properties(closed).get(PROP_RETAIN_UNTIL))).isEqualTo(LocalDate.of(2062, 1, 31));
        assertThat(NodeValues.day(repository.properties(open).get(PROP_RETAIN_UNTIL))).isEqualTo(LocalDate.of(2062, 1, 31));
        assertThat(writers).containsExactly(RecordWriter.RETENTION, RecordWriter.RETENTION);
    }

    @Test
    void recategorisingTheCaseMovesTheDate()
    {
        Map<QName, Serializable> lookedAfter = caseProperties(null);
        lookedAfter.put(PROP_CASE_CATEGORY, "lookedAfter");

        retention.onUpdateCaseProperties(caseFolder, caseProperties(null), lookedAfter);

        assertThat(NodeValues.day(repository.properties(open).get(PROP_RETAIN_UNTIL))).isEqualTo(LocalDate.of(2090, 3, 14));
    }

    @Test
    void otherChangesToTheCaseFolderLeaveRetentionAlone()
    {
        Map<QName, Serializable> summarised = caseProperties(null);
        summarised.put(PROP_OPEN_CHALLENGE_COUNT, 1);

        retention.onUpdateCaseProperties(caseFolder, caseProperties(null), summarised);

        verify(repository.nodeService(), never()).setProperty(any(), any(), any());
    }

    @Test
    void aDateThatIsAlreadyRightIsNotWrittenAgain()
    {
        repository.properties(open).put(PROP_RETAIN_UNTIL, NodeValues.date(LocalDate.of(2062, 1, 31)));
        repository.properties(closed).put(PROP_RETAIN_UNTIL, NodeValues.date(LocalDate.of(2062, 1, 31)));

        retention.onUpdateCaseProperties(caseFolder, caseProperties(null), caseProperties(LocalDate.of(2027, 1, 31)));

        verify(repository.nodeService(), never()).setProperty(any(), any(), any());
    }

    @Test
    void aCaseWithoutACategoryIsRetainedAsOther()
    {
        Map<QName, Serializable> uncategorised = caseProperties(null);
        uncategorised.remove(PROP_CASE_CATEGORY);

        assertThat(retention.retainUntil(uncategorised, null)).contains(LocalDate.of(2040, 3, 14));
    }

    @Test
    void theRetentionFactsOfTheCaseAreReadInThePartnershipsTimeZone()
    {
        assertThat(retention.retainUntil(caseProperties(LocalDate.of(2027, 1, 1)), null)).contains(LocalDate.of(2062, 1, 1));
    }
}
