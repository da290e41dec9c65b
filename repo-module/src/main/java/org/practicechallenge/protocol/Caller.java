package org.practicechallenge.protocol;

/**
 * Port: who is signed in right now. Raisers and authors come only from here, so a start or a task form cannot name
 * someone else.
 */
public interface Caller
{
    ActingPerson current();

    /** A person named on a form (never the one acting), with their groups; in no group when no such person exists. */
    ActingPerson person(String userName);
}
