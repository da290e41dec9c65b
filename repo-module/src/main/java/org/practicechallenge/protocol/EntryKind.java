package org.practicechallenge.protocol;

/** Which moment of the challenge a case-record entry records. */
public enum EntryKind implements Coded
{
    RAISED("raised"),
    RESPONSE("response"),
    DECISION("decision"),
    REFERRAL("referral"),
    FAMILY_INFORMED("familyInformed"),
    CIN_EVIDENCE_CHECK("cinEvidenceCheck"),
    /** A task was answered after its due date: which task, due when, answered when. Facts only. */
    LATENESS("lateness");

    private final String code;

    EntryKind(String code)
    {
        this.code = code;
    }

    @Override
    public String code()
    {
        return code;
    }
}
