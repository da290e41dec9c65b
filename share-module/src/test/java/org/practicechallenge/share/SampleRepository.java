package org.practicechallenge.share;

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
        + "{\"nodeRef\":\"workspace://SpacesStore/challenge-0021\",\"reference\":\"PC-2026-0021\","
        + "\"caseFolder\":{\"nodeRef\":\"workspace://SpacesStore/case-C999\",\"readable\":false,\"childIdentifier\":null,"
        + "\"childName\":null},\"kind\":\"professionalDifference\",\"stage\":\"stage4\",\"status\":\"open\","
        + "\"raisingAgency\":\"health\",\"respondingAgency\":\"socialCare\",\"raisedDate\":\"2026-09-01T09:00:00.000Z\","
        + "\"daysOpen\":30,\"dueDate\":\"2026-10-30\",\"overdue\":false}"
        + "],\"paging\":{\"skipCount\":0,\"maxItems\":50,\"totalItems\":1,\"hasMoreItems\":false}}";

    static final String NO_ESCALATIONS = "{\"items\":[],\"paging\":{\"skipCount\":0,\"maxItems\":50,\"totalItems\":0,\"hasMoreItems\":false}}";

    static final String REPORT_JSON = "{\"total\":14,"
        + "\"byStageReached\":{\"stage1\":6,\"stage2\":4,\"stage3\":2,\"stage4\":1,\"practiceReviewGroup\":1},"
        + "\"byRaisingAgency\":{\"police\":5,\"safeguardingUnit\":4,\"education\":3,\"health\":2},"
        + "\"byRespondingAgency\":{\"socialCare\":7,\"health\":4,\"youthJustice\":3},"
        + "\"byCategory\":{\"assessment\":5,\"reportNotSubmittedInTime\":9},"
        + "\"byKind\":{\"professionalDifference\":8,\"conferenceChallenge\":6},"
        + "\"byResolution\":{\"resolved\":9,\"withdrawn\":2,\"open\":3},"
        + "\"workingDaysToResolve\":{\"count\":11,\"mean\":8.5,\"median\":7,\"max\":31}}";

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

    private static String item(String number, String child, String childName, String kind, String stage, String raising,
        String responding, int daysOpen, String due, boolean overdue)
    {
        return "{\"nodeRef\":\"workspace://SpacesStore/challenge-" + number + "\",\"reference\":\"PC-2026-" + number + "\","
            + "\"caseFolder\":{\"nodeRef\":\"workspace://SpacesStore/case-" + child + "\",\"readable\":true,\"childIdentifier\":\"" + child
            + "\",\"childName\":\"" + childName + "\"},\"kind\":\"" + kind + "\",\"stage\":\"" + stage
            + "\",\"status\":\"open\",\"raisingAgency\":\"" + raising + "\",\"respondingAgency\":\"" + responding
            + "\",\"raisedDate\":\"2026-09-01T09:00:00.000Z\",\"daysOpen\":" + daysOpen + ",\"dueDate\":\"" + due
            + "\",\"overdue\":" + overdue + "}";
    }
}
