package org.practicechallenge.repo.integrity;

/** Who is changing a case record, as far as the integrity rules care. */
public enum RecordWriter
{
    /** The case-record adapter, writing what the workflow decided. */
    CASE_RECORD,
    /** The retention code, keeping retain-until dates in step with the case. */
    RETENTION,
    /** A member of the records managers' group, acting through retention. */
    RECORDS_MANAGER,
    /** Anybody else: Share, REST, scripts, rules. */
    ANYONE_ELSE
}
