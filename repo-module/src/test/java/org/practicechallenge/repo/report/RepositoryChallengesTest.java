package org.practicechallenge.repo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.ReportPeriod;

class RepositoryChallengesTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final NodeRef CASE_FOLDER = new NodeRef("workspace://SpacesStore/case1");

    private final SearchService searchService = mock(SearchService.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final RepositoryChallenges challenges = new RepositoryChallenges(searchService, nodeService, settings(), 2);
    private MockedStatic<AuthenticationUtil> authentication;
    private boolean runningAsSystem;

    static PartnershipSettings settings()
    {
        Properties properties = new Properties();
        try (InputStream in = RepositoryChallengesTest.class.getClassLoader()
                .getResourceAsStream("alfresco/module/practice-challenge-repo/alfresco-global.properties"))
        {
            properties.load(in);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return PartnershipSettings.fromProperties(properties);
    }

    @BeforeEach
    void systemUserRunsTheWork()
    {
        authentication = mockStatic(AuthenticationUtil.class);
        authentication.when(() -> AuthenticationUtil.runAsSystem(any())).thenAnswer(call ->
        {
            runningAsSystem = true;
            try
            {
                return call.<AuthenticationUtil.RunAsWork<?>>getArgument(0).doWork();
            }
            finally
            {
                runningAsSystem = false;
            }
        });
        when(nodeService.getProperties(CASE_FOLDER)).thenReturn(Map.of(PROP_CHILD_IDENTIFIER, "C123", PROP_CHILD_NAME, "Sam"));
    }

    @AfterEach
    void closeStaticMock()
    {
        authentication.close();
    }

    private NodeRef stored(String id, Map<QName, Serializable> properties)
    {
        NodeRef node = new NodeRef("workspace://SpacesStore/" + id);
        when(nodeService.getProperties(node)).thenAnswer(call ->
        {
            assertThat(runningAsSystem).as("challenges are read as the system user").isTrue();
            return properties;
        });
        when(nodeService.getPrimaryParent(node)).thenReturn(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CASE_FOLDER, QName.createQName(NAMESPACE, id), node));
        return node;
    }

    private static Map<QName, Serializable> challenge(String stage, String status, String raised)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(PROP_REFERENCE, "PC-" + stage);
        p.put(PROP_KIND, "professionalDifference");
        p.put(PROP_STAGE, stage);
        p.put(PROP_START_STAGE, "stage1");
        p.put(PROP_STATUS, status);
        p.put(PROP_RAISING_AGENCY, "health");
        p.put(PROP_RESPONDING_AGENCY, "socialCare");
        p.put(PROP_ISSUE_CATEGORY, "assessment");
        p.put(PROP_RAISED_DATE, Date.from(Instant.parse(raised)));
        p.put(PROP_DUE_DATE, Date.from(Instant.parse("2026-10-19T23:00:00Z")));
        p.put(PROP_OVERDUE, Boolean.TRUE);
        return p;
    }

    private static ResultSet page(boolean hasMore, NodeRef... nodes)
    {
        ResultSet results = mock(ResultSet.class);
        when(results.getNodeRefs()).thenReturn(List.of(nodes));
        when(results.hasMore()).thenReturn(hasMore);
        return results;
    }

    @Test
    void challengesAreReadPageByPageInDatabaseOrderAndEachPageIsClosed()
    {
        NodeRef a = stored("a", challenge("stage2", "open", "2026-10-01T09:00:00Z"));
        NodeRef b = stored("b", challenge("stage3", "open", "2026-10-02T09:00:00Z"));
        NodeRef c = stored("c", challenge("stage1", "resolved", "2026-10-03T09:00:00Z"));
        ResultSet first = page(true, a, b);
        ResultSet second = page(false, c);
        when(searchService.query(any())).thenReturn(first, second);
        List<ChallengeSummary> read = new ArrayList<>();

        try (MockedConstruction<SearchParameters> searches = mockConstruction(SearchParameters.class))
        {
            challenges.forEachRaisedIn(ReportPeriod.always(), read::add);

            assertThat(searches.constructed()).hasSize(2);
            for (int i = 0; i < 2; i++)
            {
                SearchParameters search = searches.constructed().get(i);
                verify(search).addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
                verify(search).setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
                verify(search).setQuery("TYPE:\"pc:practiceChallenge\"");
                verify(search).addSort("@{http://www.alfresco.org/model/system/1.0}node-dbid", true);
                verify(search).setMaxItems(2);
                verify(search).setSkipCount(i * 2);
            }
        }
        assertThat(read).extracting(ChallengeSummary::ref).containsExactly(a.toString(), b.toString(), c.toString());
        verify(first).close();
        verify(second).close();
        verify(nodeService, times(1)).getProperties(CASE_FOLDER);
    }

    @Test
    void aChallengeNodeBecomesAReportRowInTheProtocolsTerms()
    {
        NodeRef a = stored("a", challenge("stage3", "open", "2026-10-01T09:00:00Z"));
        ResultSet results = page(false, a);
        when(searchService.query(any())).thenReturn(results);

        List<ChallengeSummary> read;
        try (MockedConstruction<SearchParameters> searches = mockConstruction(SearchParameters.class))
        {
            read = challenges.raisedIn(ReportPeriod.always(), row -> true);
            assertThat(searches.constructed()).as("one page, one search").hasSize(1);
        }

        ChallengeSummary row = read.get(0);
        assertThat(row.reference()).isEqualTo("PC-stage3");
        assertThat(row.caseFolder()).isEqualTo(CASE_FOLDER.toString());
        assertThat(row.childIdentifier()).isEqualTo("C123");
        assertThat(row.childName()).isEqualTo("Sam");
        assertThat(row.stage()).isEqualTo(Stage.STAGE_3);
        assertThat(row.startStage()).isEqualTo(Stage.STAGE_1);
        assertThat(row.status()).isEqualTo(ChallengeStatus.OPEN);
        assertThat(row.issueCategory()).isEqualTo(IssueCategory.ASSESSMENT);
        assertThat(row.raisedAt()).isEqualTo(Instant.parse("2026-10-01T09:00:00Z"));
        assertThat(row.dueDate()).as("a d:date is a day in London").isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(row.overdue()).isTrue();
    }

    @Test
    void aNodeWithCodesOutsideTheProtocolIsLeftOutRatherThanFailingTheReport()
    {
        NodeRef good = stored("good", challenge("stage2", "open", "2026-10-01T09:00:00Z"));
        NodeRef bad = stored("bad", challenge("stage9", "open", "2026-10-01T09:00:00Z"));
        ResultSet results = page(false, bad, good);
        when(searchService.query(any())).thenReturn(results);

        List<ChallengeSummary> read;
        try (MockedConstruction<SearchParameters> searches = mockConstruction(SearchParameters.class))
        {
            read = challenges.raisedIn(ReportPeriod.always(), row -> true);
            assertThat(searches.constructed()).as("one page, one search").hasSize(1);
        }

        assertThat(read).extracting(ChallengeSummary::ref).containsExactly(good.toString());
    }

    @Test
    void theQueryHasNoDateRangeWhichTheDatabaseQueryEngineCannotAnswerAndThePeriodIsAppliedExactlyInLondon()
    {
        // London is on GMT again from 25 October 2026: 23:30 UTC on 31 October is still 31 October there.
        NodeRef inside = stored("inside", challenge("stage2", "open", "2026-10-31T23:30:00Z"));
        NodeRef after = stored("after", challenge("stage2", "open", "2026-11-01T00:30:00Z"));
        ResultSet results = page(false, inside, after);
        when(searchService.query(any())).thenReturn(results);
        ReportPeriod october = ReportPeriod.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), LONDON);

        List<ChallengeSummary> read;
        try (MockedConstruction<SearchParameters> searches = mockConstruction(SearchParameters.class))
        {
            read = challenges.raisedIn(october, row -> true);
            verify(searches.constructed().get(0))
                    .setQuery("TYPE:\"pc:practiceChallenge\"");
        }

        assertThat(read).extracting(ChallengeSummary::ref).containsExactly(inside.toString());
    }

    @Test
    void onlyTheRowsTheCallerAsksToKeepAreKept()
    {
        NodeRef open = stored("open", challenge("stage2", "open", "2026-10-01T09:00:00Z"));
        NodeRef closed = stored("closed", challenge("stage2", "withdrawn", "2026-10-01T09:00:00Z"));
        ResultSet results = page(false, open, closed);
        when(searchService.query(any())).thenReturn(results);

        List<ChallengeSummary> read;
        try (MockedConstruction<SearchParameters> searches = mockConstruction(SearchParameters.class))
        {
            read = challenges.raisedIn(ReportPeriod.always(), ChallengeSummary::isOpenEscalation);
            assertThat(searches.constructed()).as("one page, one search").hasSize(1);
        }

        assertThat(read).extracting(ChallengeSummary::ref).containsExactly(open.toString());
    }
}
