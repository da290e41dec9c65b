package org.practicechallenge.protocol;

/**
 * Port: who is signed in right now. Raisers and authors come only from here, so a start or a task form cannot name
 * someone else.
 */
public interface Caller
{
    ActingPerson current();
}
