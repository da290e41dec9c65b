package org.practicechallenge.protocol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.ProtocolViolation;

class ReportPeriodTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingFrom()
    {
        assertThatThrownBy(() -> ReportPeriod.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), LONDON))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessage("from: 2026-03-01 is after to 2026-02-01");
    }

    @Test
    void bothDaysAreIncludedWholeInThePartnershipsTimeZone()
    {
        ReportPeriod january = ReportPeriod.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LONDON);

        assertThat(january.includes(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(january.includes(Instant.parse("2026-01-31T23:59:59Z"))).isTrue();
        assertThat(january.includes(Instant.parse("2025-12-31T23:59:59Z"))).isFalse();
        assertThat(january.includes(Instant.parse("2026-02-01T00:00:00Z"))).isFalse();
    }

    @Test
    void anOpenEndIncludesEverythingOnThatSide()
    {
        ReportPeriod fromMarch = ReportPeriod.between(LocalDate.of(2026, 3, 1), null, LONDON);

        assertThat(fromMarch.includes(Instant.parse("2099-01-01T00:00:00Z"))).isTrue();
        assertThat(fromMarch.includes(Instant.parse("2026-02-28T12:00:00Z"))).isFalse();
        assertThat(ReportPeriod.between(null, null, LONDON)).isSameAs(ReportPeriod.always());
    }
}
