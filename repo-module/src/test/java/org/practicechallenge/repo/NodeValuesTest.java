package org.practicechallenge.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** A d:date is a day, whoever wrote it and wherever Alfresco's JVM runs. */
class NodeValuesTest
{
    private static final LocalDate FIRST_OF_APRIL = LocalDate.of(2016, 4, 1);

    @Test
    void aDayWeWriteIsMidnightUtcSoAlfrescosRestApiPrintsTheDayItself()
    {
        assertThat(NodeValues.date(FIRST_OF_APRIL).toInstant()).hasToString("2016-04-01T00:00:00Z");
    }

    @Test
    void aDayShareWroteInLondonInSummerIsReadAsThatDay()
    {
        // ISO8601DateFormat.parseDayOnly("2016-04-01", Europe/London): 23:00 UTC the evening before.
        Date shareWrote = Date.from(FIRST_OF_APRIL.atStartOfDay(ZoneId.of("Europe/London")).toInstant());

        assertThat(shareWrote.toInstant()).hasToString("2016-03-31T23:00:00Z");
        assertThat(NodeValues.day(shareWrote)).isEqualTo(FIRST_OF_APRIL);
    }

    @Test
    void aDayWrittenAtMidnightAnywhereFromUtcMinusTwelveToPlusTwelveIsThatDay()
    {
        for (String zone : new String[] {"Etc/GMT+11", "America/New_York", "UTC", "Europe/London", "Asia/Kolkata", "Asia/Tokyo"})
        {
            Date written = Date.from(FIRST_OF_APRIL.atStartOfDay(ZoneId.of(zone)).toInstant());

            assertThat(NodeValues.day(written)).as(zone).isEqualTo(FIRST_OF_APRIL);
        }
    }

    @Test
    void whatWeWriteWeReadBack()
    {
        assertThat(NodeValues.day(NodeValues.date(FIRST_OF_APRIL))).isEqualTo(FIRST_OF_APRIL);
        assertThat(NodeValues.day(null)).isNull();
        assertThat(NodeValues.date(null)).isNull();
    }
}
