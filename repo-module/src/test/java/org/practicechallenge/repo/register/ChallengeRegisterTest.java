package org.practicechallenge.repo.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.repo.register.RandomChallenges.AGENCIES;
import static org.practicechallenge.repo.register.RandomChallenges.LONDON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.repo.register.ChallengeRegister.Finding;
import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeFilter;
import org.practicechallenge.protocol.report.ChallengeSummary;
import org.practicechallenge.protocol.report.EscalationList;
import org.practicechallenge.protocol.report.Paging;
import org.practicechallenge.protocol.report.RecurringTheme;
import org.practicechallenge.protocol.report.ReportPeriod;
import org.practicechallenge.protocol.report.StageStarts;

/**
 * The register on a real database (H2, or PostgreSQL / MariaDB with {@code -Ppostgresql} / {@code -Pmariadb}),
 * checked against a brute-force reading of the same challenges in memory. 2 500 challenges: well past the 1 000 rows
 * at which Alfresco's database search stops ({@code system.acl.maxPermissionChecks}), which the register replaces.
 */
class ChallengeRegisterTest
{
    private static final int MANY = 2_500;

    private ChallengeRegister register;
    private List<ChallengeSummary> stored;

    @BeforeEach
    void aRegisterOfManyChallenges()
    {
        register = RegisterDatabase.configured().register();
        stored = RandomChallenges.of(20261130L, MANY, 400);
        stored.forEach(register::record);
    }

    private List<ChallengeSummary> read(ChallengeFilter filter, AgencyScope scope)
    {
        List<ChallengeSummary> read = new ArrayList<>();
        register.forEach(filter, scope, false, read::add);
        return read;
    }

    @Test
    void everyChallengeIsReadBackWhole()
    {
        List<ChallengeSummary> read = read(ChallengeFilter.none(), AgencyScope.allAgencies());

        assertThat(read).hasSize(MANY).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(register.count(ChallengeFilter.none(), AgencyScope.allAgencies(), false)).isEqualTo(MANY);
    }

    @Test
    void filtersAndScopesFindExactlyWhatTheProtocolsCriteriaMatch()
    {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++)
        {
            ChallengeFilter filter = randomFilter(random);
            AgencyScope scope = random.nextInt(3) == 0 ? AgencyScope.allAgencies()
                    : AgencyScope.agencies(Set.of(AGENCIES.get(random.nextInt(AGENCIES.size()))));
            List<ChallengeSummary> expected = stored.stream()
                    .filter(c -> filter.matches(c) && scope.covers(c)).toList();
            List<ChallengeSummary> escalations = expected.stream().filter(ChallengeSummary::isOpenEscalation).toList();

            assertThat(read(filter, scope)).as("%s in %s", filter, scope).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(register.count(filter, scope, false)).isEqualTo(expected.size());
            assertThat(register.count(filter, scope, true)).isEqualTo(escalations.size());
        }
    }

    @Test
    void pagesOfEscalationsFollowTheDirectorsOrderWithoutGapOrOverlap()
    {
        List<ChallengeSummary> expected = stored.stream().filter(ChallengeSummary::isOpenEscalation)
                .sorted(EscalationList.DIRECTORS_ORDER).toList();
        assertThat(expected).as("enough escalations to need many pages").hasSizeGreaterThan(300);

        List<ChallengeSummary> paged = new ArrayList<>();
        for (int skip = 0; skip < expected.size(); skip += 97)
        {
            paged.addAll(register.escalations(ChallengeFilter.none(), AgencyScope.allAgencies(), new Paging(skip, 97)));
        }
        List<ChallengeSummary> streamed = new ArrayList<>();
        register.forEachEscalation(ChallengeFilter.none(), AgencyScope.allAgencies(), streamed::add);

        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(streamed).containsExactlyElementsOf(expected);
    }

    @Test
    void aPageLeavesNoRowLimitOnAPooledStatementForTheNextFullRead()
    {
        ChallengeRegister pooled = RegisterDatabase.pooled().register();
        stored.forEach(pooled::record);
        int escalations = pooled.count(ChallengeFilter.none(), AgencyScope.allAgencies(), true);

        assertThat(pooled.escalations(ChallengeFilter.none(), AgencyScope.allAgencies(), Paging.first(50))).hasSize(50);
        List<ChallengeSummary> all = new ArrayList<>();
        pooled.forEachEscalation(ChallengeFilter.none(), AgencyScope.allAgencies(), all::add);

        assertThat(all).hasSize(escalations).hasSizeGreaterThan(50);
    }

    @Test
    void aPageBeyondTheLastIsEmpty()
    {
        assertThat(register.escalations(ChallengeFilter.none(), AgencyScope.allAgencies(), new Paging(MANY, 50))).isEmpty();
    }

    @Test
    void anEmptyScopeFindsNothing()
    {
        assertThat(register.count(ChallengeFilter.none(), AgencyScope.agencies(Set.of()), false)).isZero();
    }

    @Test
    void themesCountChallengesAndTheDifferentCasesTheyAreOn()
    {
        Map<List<Object>, Set<String>> cases = new HashMap<>();
        Map<List<Object>, Integer> challenges = new HashMap<>();
        for (ChallengeSummary c : stored)
        {
            List<Object> key = java.util.Arrays.asList(c.issueCategory(), c.respondingAgency());
            cases.computeIfAbsent(key, k -> new HashSet<>()).add(c.caseFolder());
            challenges.merge(key, 1, Integer::sum);
        }

        List<RecurringTheme> themes = register.themes(ChallengeFilter.none(), AgencyScope.allAgencies());

        assertThat(themes).hasSize(cases.size());
        for (RecurringTheme theme : themes)
        {
            List<Object> key = java.util.Arrays.asList(theme.issueCategory(), theme.respondingAgency());
            assertThat(theme.challenges()).isEqualTo(challenges.get(key));
            assertThat(theme.cases()).isEqualTo(cases.get(key).size());
        }
        assertThat(themes).isSortedAccordingTo(Comparator.comparingInt(RecurringTheme::cases).reversed());
    }

    @Test
    void recordingAgainKeepsTheDayEachEarlierStageBegan()
    {
        ChallengeSummary atStage1 = stored.get(0);
        register.remove(atStage1.ref());
        ChallengeSummary first = withStage(atStage1, Stage.STAGE_1, StageStarts.none().with(Stage.STAGE_1, LocalDate.of(2026, 3, 2)));
        ChallengeSummary second = withStage(atStage1, Stage.STAGE_2, StageStarts.none().with(Stage.STAGE_2, LocalDate.of(2026, 3, 9)));

        register.record(first);
        register.record(second);

        ChallengeSummary read = read(ChallengeFilter.none(), AgencyScope.allAgencies()).stream()
                .filter(c -> c.ref().equals(atStage1.ref())).findFirst().orElseThrow();
        assertThat(read.stage()).isEqualTo(Stage.STAGE_2);
        assertThat(read.stageStarts().started(Stage.STAGE_1)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(read.stageStarts().started(Stage.STAGE_2)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void cinChecksAreCountedByOutcomeForTheCallersAgenciesInThePeriod()
    {
        register.recordCinCheck("workspace://SpacesStore/e1", "workspace://SpacesStore/case-1",
                java.time.Instant.parse("2026-03-02T10:00:00Z"), org.practicechallenge.protocol.CinOutcome.EVIDENCED, "safeguardingUnit");
        register.recordCinCheck("workspace://SpacesStore/e2", "workspace://SpacesStore/case-2",
                java.time.Instant.parse("2026-03-03T10:00:00Z"), org.practicechallenge.protocol.CinOutcome.NOT_EVIDENCED, "safeguardingUnit");
        register.recordCinCheck("workspace://SpacesStore/e3", "workspace://SpacesStore/case-3",
                java.time.Instant.parse("2026-05-03T10:00:00Z"), org.practicechallenge.protocol.CinOutcome.EVIDENCED, "health");
        ChallengeFilter march = ChallengeFilter.raisedIn(ReportPeriod.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LONDON));

        assertThat(register.cinChecks(ChallengeFilter.none(), AgencyScope.allAgencies()))
                .isEqualTo(new org.practicechallenge.protocol.report.CinCheckCounts(2, 1));
        assertThat(register.cinChecks(march, AgencyScope.allAgencies()))
                .isEqualTo(new org.practicechallenge.protocol.report.CinCheckCounts(1, 1));
        assertThat(register.cinChecks(ChallengeFilter.none(), AgencyScope.agencies(Set.of("health"))))
                .isEqualTo(new org.practicechallenge.protocol.report.CinCheckCounts(1, 0));
        register.removeCinCheck("workspace://SpacesStore/e1");
        assertThat(register.cinChecks(ChallengeFilter.none(), AgencyScope.allAgencies()).total()).isEqualTo(2);
    }

    @Test
    void aRemovedChallengeIsNoLongerCounted()
    {
        register.remove(stored.get(0).ref());

        assertThat(register.count(ChallengeFilter.none(), AgencyScope.allAgencies(), false)).isEqualTo(MANY - 1);
    }

    private static final Comparator<ChallengeSummary> NEWEST_FIRST =
            Comparator.comparing(ChallengeSummary::raisedAt).reversed().thenComparing(ChallengeSummary::ref);

    @Test
    void aCaseFoldersChallengesAreEveryOneOnItOpenOrClosedNewestFirst()
    {
        String folder = stored.get(0).caseFolder();

        List<ChallengeSummary> found = register.found(new Finding(Finding.By.CASE_FOLDER, folder), 0);

        assertThat(found).isNotEmpty().containsExactlyElementsOf(stored.stream()
                .filter(c -> c.caseFolder().equals(folder)).sorted(NEWEST_FIRST).toList());
    }

    @Test
    void aChildsChallengesAreFoundByTheChildIdentifierOnTheirCaseFolder()
    {
        String child = stored.get(1).childIdentifier();

        List<ChallengeSummary> found = register.found(new Finding(Finding.By.CHILD_IDENTIFIER, child), 0);

        assertThat(found).isNotEmpty().containsExactlyElementsOf(stored.stream()
                .filter(c -> child.equals(c.childIdentifier())).sorted(NEWEST_FIRST).toList());
        assertThat(register.found(new Finding(Finding.By.CHILD_IDENTIFIER, "nobody-has-this"), 0)).isEmpty();
    }

    @Test
    void aPersonsChallengesAreThoseTheyRaisedOrWereChallengedInOpenOnesFirstThenNewest()
    {
        List<ChallengeSummary> found = register.found(new Finding(Finding.By.PERSON, "practitioner2"), 0);

        assertThat(found).isNotEmpty().containsExactlyElementsOf(stored.stream()
                .filter(c -> "practitioner2".equals(c.raisedBy()) || "practitioner2".equals(c.challengedPractitioner()))
                .sorted(Comparator.comparing((ChallengeSummary c) -> c.status() != ChallengeStatus.OPEN)
                        .thenComparing(NEWEST_FIRST))
                .toList());
        List<ChallengeSummary> raised = register.found(new Finding(Finding.By.PERSON, "worker3"), 0);
        assertThat(raised).isNotEmpty().allMatch(c -> c.raisedBy().equals("worker3"));
        assertThat(register.found(new Finding(Finding.By.PERSON, "worker3"), 5)).hasSize(5);
    }

    private static ChallengeSummary withStage(ChallengeSummary c, Stage stage, StageStarts starts)
    {
        return new ChallengeSummary(c.ref(), c.reference(), c.caseFolder(), c.childIdentifier(), c.childName(), c.kind(),
                stage, c.startStage(), c.status(), c.raisingAgency(), c.respondingAgency(), c.issueCategory(),
                c.raisedAt(), c.closedAt(), c.dueDate(), c.overdue(), c.caseCategory(), c.raisedLate(),
                c.familyInformed(), starts).withPeople(c.raisedBy(), c.challengedPractitioner());
    }

    private static ChallengeFilter randomFilter(Random random)
    {
        LocalDate from = random.nextBoolean() ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
        LocalDate to = random.nextBoolean() ? null : (from == null ? LocalDate.of(2025, 6, 1) : from).plusDays(random.nextInt(400));
        return new ChallengeFilter(
                random.nextInt(3) == 0 ? Stage.values()[random.nextInt(5)] : null,
                random.nextInt(4) == 0 ? AGENCIES.get(random.nextInt(5)) : null,
                random.nextInt(4) == 0 ? AGENCIES.get(random.nextInt(5)) : null,
                random.nextInt(4) == 0 ? AGENCIES.get(random.nextInt(5)) : null,
                random.nextInt(3) == 0 ? random.nextBoolean() : null,
                random.nextInt(4) == 0 ? IssueCategory.values()[random.nextInt(IssueCategory.values().length)] : null,
                random.nextInt(4) == 0 ? CaseCategory.values()[random.nextInt(CaseCategory.values().length)] : null,
                ReportPeriod.between(from, to, LONDON));
    }
}
