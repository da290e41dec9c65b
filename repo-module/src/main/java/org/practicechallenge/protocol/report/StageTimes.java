package org.practicechallenge.protocol.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.TimescaleSchedule;
import org.practicechallenge.protocol.WorkingDayCalendar;

/**
 * Working days spent at each stage against the stage's timescale (the responding side's time plus the raising
 * side's decision time, for the challenge's kind), and how often a stage ran over, per stage and per responding
 * agency.
 *
 * <p>A stage's time runs from the day it began to the day the next stage began, or the day the challenge closed, or
 * today while it is still at that stage; an open stage already past its timescale counts as over. A stage with no
 * known start (skipped by a chair starting at Stage 2 or 3) is not counted. The Stage 1 timescale is the usual one:
 * the register does not keep the immediate-welfare shortening, so such challenges are measured against the longer
 * time.
 */
public final class StageTimes
{
    private final WorkingDayCalendar calendar;
    private final TimescaleSchedule timescales;
    private final ZoneId zone;
    private final LocalDate today;
    private final Map<Stage, Spells> byStage = new EnumMap<>(Stage.class);
    private final Map<Stage, Map<String, Spells>> byStageAndAgency = new EnumMap<>(Stage.class);

    public StageTimes(WorkingDayCalendar calendar, TimescaleSchedule timescales, ZoneId zone, LocalDate today)
    {
        this.calendar = calendar;
        this.timescales = timescales;
        this.zone = zone;
        this.today = today;
    }

    public void add(ChallengeSummary challenge)
    {
        StageStarts starts = challenge.stageStarts();
        LocalDate closed = challenge.closedAt() == null ? null : LocalDate.ofInstant(challenge.closedAt(), zone);
        for (Stage stage : Stage.values())
        {
            LocalDate began = starts.started(stage);
            if (began == null)
            {
                continue;
            }
            LocalDate next = starts.startedAfter(stage);
            boolean current = next == null && challenge.status() == ChallengeStatus.OPEN;
            LocalDate ended = next != null ? next : (closed != null ? closed : today);
            int days = calendar.workingDaysBetween(began, ended);
            boolean over = days > timescale(challenge, stage);
            byStage.computeIfAbsent(stage, s -> new Spells()).add(days, over, current);
            if (challenge.respondingAgency() != null)
            {
                byStageAndAgency.computeIfAbsent(stage, s -> new HashMap<>())
                        .computeIfAbsent(challenge.respondingAgency(), a -> new Spells()).add(days, over, current);
            }
        }
    }

    /** The working days a stage may take for this challenge's kind. */
    private int timescale(ChallengeSummary challenge, Stage stage)
    {
        int response = timescales.response(challenge.kind(), stage, false).count();
        return stage.isAgencyStage() ? response + timescales.decision(challenge.kind(), stage).count() : response;
    }

    /** Stage code to its figures, in protocol order; stages nobody reached are left out. */
    public Map<String, Figures> byStage()
    {
        Map<String, Figures> figures = new LinkedHashMap<>();
        byStage.forEach((stage, spells) -> figures.put(stage.code(), spells.figures()));
        return Collections.unmodifiableMap(figures);
    }

    /** Stage code to responding agency code (sorted) to figures. */
    public Map<String, Map<String, Figures>> byStageAndRespondingAgency()
    {
        Map<String, Map<String, Figures>> figures = new LinkedHashMap<>();
        byStageAndAgency.forEach((stage, agencies) ->
        {
            Map<String, Figures> byAgency = new LinkedHashMap<>();
            new TreeMap<>(agencies).forEach((agency, spells) -> byAgency.put(agency, spells.figures()));
            figures.put(stage.code(), Collections.unmodifiableMap(byAgency));
        });
        return Collections.unmodifiableMap(figures);
    }

    /**
     * How a stage went: how many challenges were at it ({@code stillThere} of them now), the mean working days they
     * spent (rounded to two decimals), and how many ran over its timescale, with that as a rate (0 to 1, two
     * decimals).
     */
    public record Figures(int challenges, int stillThere, double meanWorkingDays, int overTimescale, double overRate)
    {
    }

    private static final class Spells
    {
        private int count;
        private int current;
        private long days;
        private int over;

        void add(int spent, boolean late, boolean stillThere)
        {
            count++;
            days += spent;
            if (late)
            {
                over++;
            }
            if (stillThere)
            {
                current++;
            }
        }

        Figures figures()
        {
            return new Figures(count, current, Math.round(days * 100.0 / count) / 100.0, over,
                    Math.round(over * 100.0 / count) / 100.0);
        }
    }
}
