package org.practicechallenge.repo.integrity;

/**
 * A change the case record does not allow: an entry altered after it was written, a closed challenge altered, or a
 * record deleted outside retention. Thrown from a behaviour, it rolls the whole change back.
 */
public class CaseRecordIntegrityException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public CaseRecordIntegrityException(String message)
    {
        super(message);
    }
}
