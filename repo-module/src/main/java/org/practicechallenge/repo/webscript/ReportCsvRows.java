package org.practicechallenge.repo.webscript;

import static org.practicechallenge.repo.webscript.CsvFiles.cell;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

import org.practicechallenge.protocol.ChallengeKind;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ConferenceCompliance;
import org.practicechallenge.protocol.report.PartnershipReport;
import org.practicechallenge.protocol.report.QuarterTrend;
import org.practicechallenge.protocol.report.RecurringTheme;
import org.practicechallenge.protocol.report.StageTimes;
import org.practicechallenge.repo.report.PartnershipFigures;
import org.practicechallenge.repo.report.ReportLabels;

/**
 * The partnership report as a labelled CSV: one row per figure under "Measure, Of, Value", so agencies added by
 * configuration never change the columns. Numbers stay numbers; every name is the label a user knows.
 */
final class ReportCsvRows
{
    private final ReportLabels labels;
    private final CsvFiles.Writer csv;

    ReportCsvRows(ReportLabels labels, CsvFiles.Writer csv)
    {
        this.labels = labels;
        this.csv = csv;
    }

    void write(PartnershipFigures figures) throws IOException
    {
        csv.row(heading("column.measure"), heading("column.item"), heading("column.value"));
        PartnershipReport report = figures.report();
        csv.row(heading("measure.total"), "", report.total());
        counts("byStageReached", report.byStageReached(), code -> labels.stage(Stage.fromCode("stage", code)));
        counts("byRaisingAgency", report.byRaisingAgency(), labels::agency);
        counts("byRespondingAgency", report.byRespondingAgency(), labels::agency);
        counts("byCategory", report.byCategory(), code -> labels.issueCategory(IssueCategory.fromCode("category", code)));
        counts("byKind", report.byKind(), code -> labels.kind(ChallengeKind.fromCode("kind", code)));
        counts("byResolution", report.byResolution(), code -> labels.status(ChallengeStatus.fromCode("status", code)));
        PartnershipReport.ResolutionTime time = report.workingDaysToResolve();
        csv.row(heading("measure.resolved"), "", time.count());
        csv.row(heading("measure.meanDays"), "", number(time.mean()));
        csv.row(heading("measure.medianDays"), "", number(time.median()));
        csv.row(heading("measure.maxDays"), "", time.max() == null ? "" : time.max());
        for (Map.Entry<String, StageTimes.Figures> stage : figures.stageTimes().byStage().entrySet())
        {
            String name = cell(labels.stage(Stage.fromCode("stage", stage.getKey())));
            csv.row(heading("measure.stageMeanDays"), name, stage.getValue().meanWorkingDays());
            csv.row(heading("measure.stageOverRate"), name, stage.getValue().overRate());
        }
        for (QuarterTrend.Quarter quarter : figures.quarters().quarters())
        {
            csv.row(heading("measure.quarterRaised"), quarter.quarter(), quarter.raised());
            csv.row(heading("measure.quarterEscalated"), quarter.quarter(), quarter.escalated());
        }
        ConferenceCompliance.Figures conference = figures.conference();
        csv.row(heading("measure.raisedLateRate"), "", number(conference.raisedLateRate()));
        csv.row(heading("measure.familyToldRate"), "", number(conference.familyToldRate()));
        csv.row(heading("measure.cinEvidenced"), "", figures.cinChecks().evidenced());
        csv.row(heading("measure.cinNotEvidenced"), "", figures.cinChecks().notEvidenced());
        for (RecurringTheme theme : figures.themes())
        {
            csv.row(heading("measure.themeCases"),
                    cell(labels.issueCategory(theme.issueCategory()) + " / " + labels.agency(theme.respondingAgency())),
                    theme.cases());
        }
    }

    private void counts(String measure, Map<String, Integer> counts, Function<String, String> label)
    {
        String heading = heading("measure." + measure);
        counts.forEach((code, count) -> csv.row(heading, cell(label.apply(code)), count));
    }

    private String heading(String key)
    {
        return cell(labels.text(key));
    }

    private static Object number(Double value)
    {
        return value == null ? "" : value;
    }
}
