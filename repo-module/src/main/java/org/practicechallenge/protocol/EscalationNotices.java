package org.practicechallenge.protocol;

/**
 * Port: tells people about a stage. Delivery problems are the adapter's to log; a notice never fails or decides
 * a step of the protocol.
 */
public interface EscalationNotices
{
    void send(StageNotice notice);
}
