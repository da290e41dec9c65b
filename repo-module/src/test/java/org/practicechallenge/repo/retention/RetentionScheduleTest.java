package org.practicechallenge.repo.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.retention.RetentionSchedule.Facts;

class RetentionScheduleTest
{
    private static final LocalDate BORN = LocalDate.of(2015, 3, 14);
    private static final LocalDate CASE_CLOSED = LocalDate.of(2027, 1, 31);
    private static final LocalDate CHALLENGE_CLOSED = LocalDate.of(2026, 9, 4);

    private final RetentionSchedule defaults = RetentionSchedule.from(Map.of());

    @Test
    void childProtectionRecordsAreKeptThirtyFiveYearsAfterTheCaseCloses()
    {
        assertThat(defaults.retainUntil(CaseCategory.CHILD_PROTECTION, new Facts(CASE_CLOSED, BORN, CHALLENGE_CLOSED)))
                .contains(LocalDate.of(2062, 1, 31));
    }

    @Test
    void whileAChildProtectionCaseIsOpenThereIsNoRetainUntilDateYet()
    {
        assertThat(defaults.retainUntil(CaseCategory.CHILD_PROTECTION, new Facts(null, BORN, CHALLENGE_CLOSED))).isEmpty();
    }

    @Test
    void lookedAfterRecordsAreKeptSeventyFiveYearsFromTheChildsBirth()
    {
        assertThat(defaults.retainUntil(CaseCategory.LOOKED_AFTER, new Facts(null, BORN, null))).contains(LocalDate.of(2090, 3, 14));
    }

    @Test
    void childInNeedAndOtherRecordsAreKeptUntilTheChildsTwentyFifthBirthday()
    {
        assertThat(defaults.retainUntil(CaseCategory.CHILD_IN_NEED, new Facts(null, BORN, null))).contains(LocalDate.of(2040, 3, 14));
        assertThat(defaults.retainUntil(CaseCategory.OTHER, new Facts(null, BORN, null))).contains(LocalDate.of(2040, 3, 14));
    }

    @Test
    void aCaseFolderWithoutACategoryFollowsTheRuleForOther()
    {
        assertThat(defaults.ruleFor(null)).isEqualTo(defaults.ruleFor(CaseCategory.OTHER));
    }

    @Test
    void thePartnershipMayConfigureEachCategory()
    {
        RetentionSchedule schedule = RetentionSchedule.from(Map.of("practicechallenge.retention.childInNeed", "P6Y after challengeClosedDate"));

        assertThat(schedule.retainUntil(CaseCategory.CHILD_IN_NEED, new Facts(null, BORN, CHALLENGE_CLOSED))).contains(LocalDate.of(2032, 9, 4));
        assertThat(schedule.ruleFor(CaseCategory.CHILD_PROTECTION)).isEqualTo(defaults.ruleFor(CaseCategory.CHILD_PROTECTION));
    }

    @Test
    void theModulesShippedScheduleIsTheDocumentedDefault()
    {
        RetentionSchedule shipped = RetentionSchedule.fromProperties(ModuleDefaults.properties());

        for (CaseCategory category : CaseCategory.values())
        {
            assertThat(shipped.ruleFor(category)).as(category.code()).isEqualTo(defaults.ruleFor(category));
        }
    }

    @Test
    void aRuleThatIsNotAPeriodAfterADateIsRefusedNamingItsKey()
    {
        assertThatThrownBy(() -> RetentionSchedule.from(Map.of("practicechallenge.retention.lookedAfter", "75 years")))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageStartingWith("practicechallenge.retention.lookedAfter: '75 years' is not a retention rule");
    }

    @Test
    void aPeriodThatIsNotIsoIsRefused()
    {
        assertThatThrownBy(() -> RetentionSchedule.from(Map.of("practicechallenge.retention.other", "P2X after childDateOfBirth")))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("not an ISO-8601 period");
    }

    @Test
    void anUnknownDateIsRefusedListingTheDatesThatExist()
    {
        assertThatThrownBy(() -> RetentionSchedule.from(Map.of("practicechallenge.retention.other", "P25Y after referralDate")))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("caseClosedDate, childDateOfBirth or challengeClosedDate");
    }

    @Test
    void anEmptyPeriodIsRefused()
    {
        assertThatThrownBy(() -> RetentionSchedule.from(Map.of("practicechallenge.retention.other", "P0D after childDateOfBirth")))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("longer than nothing");
    }
}
