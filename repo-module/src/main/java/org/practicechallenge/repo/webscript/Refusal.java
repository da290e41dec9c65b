package org.practicechallenge.repo.webscript;

import org.practicechallenge.protocol.ProtocolViolation;
import org.springframework.extensions.webscripts.Status;

/** Why a web script answers with an error status instead of data; the message is what the caller reads. */
final class Refusal extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final int status;

    private Refusal(int status, String message)
    {
        super(message, null, false, false);
        this.status = status;
    }

    /** 400 naming the parameter: {@code <parameter>: <problem>}. */
    static Refusal badRequest(ProtocolViolation violation)
    {
        return new Refusal(Status.STATUS_BAD_REQUEST, violation.getMessage());
    }

    static Refusal forbidden(String message)
    {
        return new Refusal(Status.STATUS_FORBIDDEN, message);
    }

    static Refusal notFound(String message)
    {
        return new Refusal(Status.STATUS_NOT_FOUND, message);
    }

    int status()
    {
        return status;
    }
}
