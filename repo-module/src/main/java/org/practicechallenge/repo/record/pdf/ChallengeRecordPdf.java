package org.practicechallenge.repo.record.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.repo.report.ChallengeHistory;
import org.practicechallenge.repo.report.ReportLabels;

/**
 * A challenge's case record as a PDF, for an agency to file on its own case record, for a Stage 4 pack or for a
 * subject-access request: the challenge, then every entry oldest first, each with its facts and the professional
 * opinion under separate headings, never run together. Every word is a label Share shows (model titles and list
 * labels, agency names from configuration), every date a day in the partnership's time zone.
 */
public class ChallengeRecordPdf
{
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final ReportLabels labels;
    private final ZoneId zone;

    public ChallengeRecordPdf(ReportLabels labels, PartnershipSettings settings)
    {
        this.labels = labels;
        this.zone = settings.zone();
    }

    /** Writes the record of one challenge the reader may read; the child only when they may read its case folder. */
    public void write(ChallengeHistory history, OutputStream out) throws IOException
    {
        Map<String, Object> challenge = values(history.properties());
        String reference = text(challenge, "reference");
        String heading = MessageFormat.format(labels.text("record.heading"), reference == null ? "" : reference);
        try (PDDocument document = new PDDocument())
        {
            document.getDocumentInformation().setTitle(heading);
            PageFlow page = new PageFlow(document);
            page.heading(heading);
            child(page, history.caseFolder());
            challenge(page, challenge);
            page.subheading(labels.text("record.entries"));
            int number = 0;
            for (List<ChallengeHistory.Field> entry : history.entries())
            {
                entry(page, ++number, values(entry));
            }
            page.finish((at, of) -> MessageFormat.format(labels.text("record.page"), heading, at, of));
            document.save(out);
        }
    }

    private void child(PageFlow page, ChallengeHistory.CaseFolder folder) throws IOException
    {
        String hidden = labels.text("notOpen");
        page.field(labels.text("column.childName"), folder.readable() ? given(folder.childName()) : hidden);
        page.field(labels.text("column.childIdentifier"), folder.readable() ? given(folder.childIdentifier()) : hidden);
    }

    private void challenge(PageFlow page, Map<String, Object> c) throws IOException
    {
        page.field(labels.title("kind"), labels.choice("pc_kindList", text(c, "kind")));
        String raisedBy = text(c, "raisedBy");
        page.field(labels.text("column.raisingAgency"),
                labels.agency(text(c, "raisingAgency")) + (raisedBy == null ? "" : " (" + raisedBy + ")"));
        page.field(labels.text("column.respondingAgency"), labels.agency(text(c, "respondingAgency")));
        optional(page, labels.title("challengedPractitioner"), text(c, "challengedPractitioner"));
        String other = text(c, "issueCategoryDescription");
        page.field(labels.text("column.issueCategory"),
                labels.choice("pc_issueCategoryList", text(c, "issueCategory")) + (other == null ? "" : ": " + other));
        page.field(labels.title("issueSummary"), given(text(c, "issueSummary")));
        page.field(labels.title("immediateWelfareConcern"), flag(c.get("immediateWelfareConcern")));
        page.field(labels.text("record.stageReached"), labels.choice("pc_stageList", text(c, "stage")));
        optional(page, labels.title("startStage"), text(c, "startStage") == null ? null
                : labels.choice("pc_stageList", text(c, "startStage")));
        page.field(labels.title("status"), labels.choice("pc_statusList", text(c, "status")));
        page.field(labels.title("raisedDate"), day(c.get("raisedDate")));
        optional(page, labels.title("conferenceDate"), c.get("conferenceDate") == null ? null : day(c.get("conferenceDate")));
        optional(page, labels.title("familyInformedDate"),
                c.get("familyInformedDate") == null ? null : day(c.get("familyInformedDate")));
        page.field(labels.title("dueDate"), day(c.get("dueDate")));
        // An open challenge has no close yet: these rows appear once it has.
        optional(page, labels.title("closedDate"), c.get("closedDate") == null ? null : day(c.get("closedDate")));
        optional(page, labels.title("outcome"), text(c, "outcome") == null ? null
                : labels.choice("pc_stageOutcomeList", text(c, "outcome")));
        optional(page, labels.title("outcomeSummary"), text(c, "outcomeSummary"));
        optional(page, labels.title("withdrawalReason"), text(c, "withdrawalReason"));
    }

    private void entry(PageFlow page, int number, Map<String, Object> e) throws IOException
    {
        page.space(6);
        page.subheading(number + ". " + labels.choice("pc_entryKindList", text(e, "kind")));
        page.field(labels.title("entryStage"), labels.choice("pc_stageList", text(e, "stage")));
        page.field(labels.title("author"), given(text(e, "author")));
        page.field(labels.title("agency"), labels.agency(text(e, "agency")));
        page.field(labels.title("recordedAt"), moment(e.get("recordedAt")));
        page.field(labels.title("discussionMethod"), labels.choice("pc_discussionMethodList", text(e, "method")));
        // Facts and opinion each under its own heading, so neither can be read as the other.
        page.subheading(labels.title("facts"));
        page.paragraph(given(text(e, "facts")));
        page.subheading(labels.title("opinion"));
        page.paragraph(given(text(e, "opinion")));
        page.space(4);
        page.field(labels.title("entryOutcome"), labels.choice("pc_stageOutcomeList", text(e, "outcome")));
        optional(page, labels.title("cinOutcome"), text(e, "cinOutcome") == null ? null
                : labels.choice("pc_cinOutcomeList", text(e, "cinOutcome")));
        optional(page, labels.title("entryOutcomeSummary"), text(e, "outcomeSummary"));
        page.field(labels.title("agreedActions"), given(text(e, "agreedActions")));
    }

    private static void optional(PageFlow page, String label, String value) throws IOException
    {
        if (value != null)
        {
            page.field(label, value);
        }
    }

    private static Map<String, Object> values(List<ChallengeHistory.Field> fields)
    {
        Map<String, Object> values = new HashMap<>();
        fields.forEach(field -> values.put(field.name(), field.value()));
        return values;
    }

    private static String text(Map<String, Object> values, String name)
    {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private String given(String text)
    {
        return text == null || text.isBlank() ? labels.text("none") : text;
    }

    private String flag(Object value)
    {
        return value instanceof Boolean yes ? labels.yesNo(yes) : labels.text("none");
    }

    private String day(Object value)
    {
        if (value instanceof LocalDate day)
        {
            return DAY.format(day);
        }
        return value instanceof Instant instant ? DAY.format(instant.atZone(zone)) : labels.text("none");
    }

    private String moment(Object value)
    {
        return value instanceof Instant instant ? MOMENT.format(instant.atZone(zone)) : labels.text("none");
    }
}
