package org.practicechallenge.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.practicechallenge.share.DashletServer.Answer;

/** Answers of the repository's escalations and report web scripts, in the JSON contract agreed with repo-module. */
final class SampleRepository
{
    static final String ESCALATIONS = "/practicechallenge/escalations";
    static final String REPORT = "/practicechallenge/report";

    static final String THREE_ESCALATIONS = "{\"items\":["
        + item("0007", "C123", "Child <b>A</b>", "conferenceChallenge", "stage3", "safeguardingUnit", "socialCare", 12, "2026-10-20", false)
        + "," + item("0011", "C456", "Child B", "professionalDifference", "stage2", "police", "health", 25, "2026-10-02", true)
        + "," + item("0015", "C789", "", "professionalDifference", "practiceReviewGroup", "education", "youthJustice", 60, "2026-11-30", false)
        + "],\"paging\":{\"skipCount\":0,\"maxItems\":50,\"totalItems\":3,\"hasMoreItems\":false}}";

    /** A challenge whose case folder the director may not open: the repository withholds the child's details. */
    static final String CASE_NOT_OPEN = "{\"items\":["
        + "{\"nodeRef\":\"workspace://SpacesStore/challenge-0021\",\"reference\":\"PC-2026-0021\",\"readable\":true,"
        + "\"caseFolder\":{\"nodeRef\":\"workspace://SpacesStore/case-C999\",\"readable\":false,\"childIdentifier\":null,"
        + "\"childName\":null},\"kind\":\"professionalDifference\",\"stage\":\"stage4\",\"status\":\"open\","
        + "\"raisingAgency\":\"health\",\"respondingAgency\":\"socialCare\",\"raisedDate\":\"2026-09-01T09:00:00.000Z\","
        + "\"daysOpen\":30,\"dueDate\":\"2026-10-30\",\"overdue\":false}"
        + "],\"paging\":{\"skipCount\":0,\"maxItems\":50,\"totalItems\":1,\"hasMoreItems\":false}}";

    /** A challenge the director may not open at all: no node, no child, only stage, agencies and dates. */
    static final String CHALLENGE_NOT_OPEN = "{\"items\":["
        + notOpen("0031", "stage2", "police", "health", "2026-02-03T10:00:00.000Z")
        + "],\"paging\":{\"skipCount\":0,\"maxItems\":20,\"totalItems\":1,\"hasMoreItems\":false}}";

    static final String NO_ESCALATIONS = "{\"items\":[],\"paging\":{\"skipCount\":0,\"maxItems\":50,\"totalItems\":0,\"hasMoreItems\":false}}";

    static final String REPORT_JSON = "{\"total\":14,"
        + "\"byStageReached\":{\"stage1\":6,\"stage2\":4,\"stage3\":2,\"stage4\":1,\"practiceReviewGroup\":1},"
        + "\"byRaisingAgency\":{\"police\":5,\"safeguardingUnit\":4,\"education\":3,\"health\":2},"
        + "\"byRespondingAgency\":{\"socialCare\":7,\"health\":4,\"youthJustice\":3},"
        + "\"byCategory\":{\"assessment\":5,\"reportNotSubmittedInTime\":9},"
        + "\"byKind\":{\"professionalDifference\":8,\"conferenceChallenge\":6},"
        + "\"byResolution\":{\"resolved\":9,\"withdrawn\":2,\"open\":3},"
        + "\"workingDaysToResolve\":{\"count\":11,\"mean\":8.5,\"median\":7,\"max\":31}}";

    /** The filters the browser test sets, as the widget writes them (the repository's parameter order). */
    static final String POLICE_FIRST_QUARTER = "from=2026-01-01&to=2026-03-31&agency=police";
    /** Challenges raised by the police in the first quarter of 2026: the list's total and the report's figures. */
    static final int POLICE_FIRST_QUARTER_TOTAL = 23;
    static final int ALL_TOTAL = 45;
    static final String REPORT_POLICE_FIRST_QUARTER = "{\"total\":23,"
        + "\"byStageReached\":{\"stage1\":23,\"stage2\":11,\"stage3\":7,\"stage4\":2,\"practiceReviewGroup\":0},"
        + "\"byRaisingAgency\":{\"police\":19,\"health\":4},"
        + "\"byRespondingAgency\":{\"socialCare\":15,\"police\":4,\"education\":4},"
        + "\"byCategory\":{\"informationSharing\":13,\"referralAndThreshold\":10},"
        + "\"byKind\":{\"professionalDifference\":23},"
        + "\"byResolution\":{\"resolved\":15,\"open\":8},"
        + "\"workingDaysToResolve\":{\"count\":15,\"mean\":6.5,\"median\":6,\"max\":19},"
        + "\"byQuarter\":[{\"quarter\":\"2026-Q1\",\"raised\":23,\"resolved\":15,\"escalated\":9}]}";
    static final String LIST_CSV = "Challenge,Kind,Stage reached,Raised by,Raised with,Practice issue,Raised,Stage due,Overdue\r\n"
        + "PC-2026-0101,Professional difference,Stage 2,Police,Children's Social Care,Sharing information,5 Jan 2026,19 Jan 2026,No\r\n";
    static final String REPORT_CSV = "Section,Item,Challenges\r\nTotal,All challenges,23\r\nHighest stage reached,Stage 1,23\r\n";
    static final String BAD_RANGE = "{\"status\":{\"code\":400},\"message\":\"Raised from (2026-05-01) is after raised up to (2026-04-01).\"}";

    static final String FORBIDDEN = "{\"status\":{\"code\":403},\"message\":\"User is not in an agency's director group\"}";
    static final String SERVER_ERROR = "{\"status\":{\"code\":500},\"message\":\"boom\"}";

    private SampleRepository()
    {
    }

    static DashletHarness.FakeRemote answering(String escalations)
    {
        return new DashletHarness.FakeRemote()
            .answer(ESCALATIONS, 200, escalations)
            .answer(REPORT, 200, REPORT_JSON);
    }

    /**
     * The repository as the browser reaches it through Share's proxy: 45 challenges in all, 23 for the police in the
     * first quarter of 2026 (the second of them not open to the reader), paged by skipCount and maxItems; the report
     * for exactly those filters, else the whole one; CSV downloads for format=csv; 400 for a "from" after the "to".
     */
    static Answer browserRepository(String call)
    {
        String path = call.contains("?") ? call.substring(0, call.indexOf('?')) : call;
        String query = call.contains("?") ? call.substring(call.indexOf('?') + 1) : "";
        String from = parameter(query, "from"), to = parameter(query, "to");
        if (from != null && to != null && from.compareTo(to) > 0)
        {
            return Answer.json(400, BAD_RANGE);
        }
        boolean police = filtersOf(query).equals(POLICE_FIRST_QUARTER);
        boolean csv = "csv".equals(parameter(query, "format"));
        if (path.equals(ESCALATIONS) && csv)
        {
            return new Answer(200, "text/csv;charset=UTF-8", LIST_CSV, Map.of("Content-Disposition", "attachment; filename=\"escalations.csv\""));
        }
        if (path.equals(REPORT) && csv)
        {
            return new Answer(200, "text/csv;charset=UTF-8", REPORT_CSV, Map.of("Content-Disposition", "attachment; filename=\"report.csv\""));
        }
        if (path.equals(REPORT))
        {
            return Answer.json(200, police ? REPORT_POLICE_FIRST_QUARTER : REPORT_JSON);
        }
        if (path.equals(ESCALATIONS))
        {
            int skip = Integer.parseInt(value(parameter(query, "skipCount"), "0"));
            int max = Integer.parseInt(value(parameter(query, "maxItems"), "50"));
            return Answer.json(200, page(police ? POLICE_FIRST_QUARTER_TOTAL : ALL_TOTAL, skip, max, police));
        }
        return Answer.json(404, "{\"message\":\"not found\"}");
    }

    /** The query without format and paging: the filters alone, in the order given. */
    static String filtersOf(String query)
    {
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&"))
        {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!pair.isEmpty() && !List.of("format", "skipCount", "maxItems").contains(name))
            {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    static String parameter(String query, String name)
    {
        Matcher m = Pattern.compile("(?:^|&)" + Pattern.quote(name) + "=([^&]*)").matcher(query);
        return m.find() ? m.group(1) : null;
    }

    private static String value(String value, String otherwise)
    {
        return value != null ? value : otherwise;
    }

    private static String page(int total, int skip, int max, boolean police)
    {
        String[] stages = { "stage2", "stage3", "stage4", "practiceReviewGroup" };
        List<String> items = new ArrayList<>();
        for (int i = skip; i < Math.min(total, skip + max); i++)
        {
            String number = String.format("%04d", (police ? 100 : 200) + i + 1);
            String stage = stages[i % stages.length];
            if (police && i == 1)
            {
                items.add(notOpen(number, stage, "police", "health", "2026-01-06T10:00:00.000Z"));
                continue;
            }
            String raised = police ? String.format("2026-%02d-%02dT10:00:00.000Z", 1 + i % 3, 5 + i) : "2026-09-01T09:00:00.000Z";
            items.add(item(number, "C" + number, "Child " + number, "professionalDifference", stage, police ? "police" : "health",
                "socialCare", 10 + i, "2026-12-01", false).replace("2026-09-01T09:00:00.000Z", raised));
        }
        return "{\"items\":[" + String.join(",", items) + "],\"paging\":{\"skipCount\":" + skip + ",\"maxItems\":" + max
            + ",\"totalItems\":" + total + ",\"hasMoreItems\":" + (skip + max < total) + "}}";
    }

    private static String notOpen(String number, String stage, String raising, String responding, String raised)
    {
        return "{\"nodeRef\":null,\"reference\":\"PC-2026-" + number + "\",\"readable\":false,"
            + "\"caseFolder\":{\"nodeRef\":null,\"readable\":false,\"childIdentifier\":null,\"childName\":null},"
            + "\"kind\":\"professionalDifference\",\"stage\":\"" + stage + "\",\"status\":\"open\",\"raisingAgency\":\"" + raising
            + "\",\"respondingAgency\":\"" + responding + "\",\"issueCategory\":\"informationSharing\",\"caseCategory\":\"childProtection\","
            + "\"raisedDate\":\"" + raised + "\",\"daysOpen\":40,\"dueDate\":\"2026-03-10\",\"overdue\":true}";
    }

    private static String item(String number, String child, String childName, String kind, String stage, String raising,
        String responding, int daysOpen, String due, boolean overdue)
    {
        return "{\"nodeRef\":\"workspace://SpacesStore/challenge-" + number + "\",\"reference\":\"PC-2026-" + number + "\","
            + "\"readable\":true,\"caseFolder\":{\"nodeRef\":\"workspace://SpacesStore/case-" + child + "\",\"readable\":true,\"childIdentifier\":\"" + child
            + "\",\"childName\":\"" + childName + "\"},\"kind\":\"" + kind + "\",\"stage\":\"" + stage
            + "\",\"status\":\"open\",\"raisingAgency\":\"" + raising + "\",\"respondingAgency\":\"" + responding
            + "\",\"issueCategory\":\"assessment\",\"caseCategory\":\"childInNeed\""
            + ",\"raisedDate\":\"2026-09-01T09:00:00.000Z\",\"daysOpen\":" + daysOpen + ",\"dueDate\":\"" + due
            + "\",\"overdue\":" + overdue + "}";
    }
}
