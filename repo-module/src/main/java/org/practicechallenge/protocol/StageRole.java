package org.practicechallenge.protocol;

/** Who takes part at a stage, as the protocol names them. */
public enum StageRole
{
    PRACTITIONER,
    FIRST_LINE_MANAGER,
    LINE_MANAGER,
    NAMED_SAFEGUARDING_LEAD,
    SENIOR_MANAGER,
    DIRECTOR,
    PARTNERSHIP,
    PRACTICE_REVIEW_GROUP
}
