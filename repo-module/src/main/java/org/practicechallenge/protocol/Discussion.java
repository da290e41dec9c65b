package org.practicechallenge.protocol;

/**
 * What a participant records about a discussion: how it happened, the facts and their opinion kept apart, the
 * outcome and the actions agreed.
 */
public record Discussion(DiscussionMethod method, String facts, String opinion, String outcomeSummary, String agreedActions)
{
    /** A stage discussion: facts, opinion and outcome are all required. */
    public static Discussion atStage(Object method, Object facts, Object opinion, Object outcomeSummary, Object agreedActions)
    {
        return new Discussion(
                method == null ? null : DiscussionMethod.fromCode("discussionMethod", method),
                PlainText.required("facts", facts, PlainText.ACCOUNT),
                PlainText.required("opinion", opinion, PlainText.ACCOUNT),
                PlainText.required("outcomeSummary", outcomeSummary, PlainText.SUMMARY),
                PlainText.optional("agreedActions", agreedActions, PlainText.ACCOUNT));
    }

    /** A check of the case file: the facts found are required, an opinion is optional. */
    public static Discussion ofCheck(Object facts, Object opinion, Object outcomeSummary)
    {
        return new Discussion(null,
                PlainText.required("facts", facts, PlainText.ACCOUNT),
                PlainText.optional("opinion", opinion, PlainText.ACCOUNT),
                PlainText.optional("outcomeSummary", outcomeSummary, PlainText.SUMMARY),
                null);
    }
}
