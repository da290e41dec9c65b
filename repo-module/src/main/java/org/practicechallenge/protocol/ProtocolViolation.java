package org.practicechallenge.protocol;

/**
 * An action the protocol does not allow. Names the field at fault (as the models name it) and the rule broken,
 * so whoever raised it can put it right.
 */
public class ProtocolViolation extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /** The "field" of a rule about the challenge as a whole, such as that it is closed: its rule reads on its own. */
    public static final String CHALLENGE = "challenge";

    private final String field;
    private final String rule;

    public ProtocolViolation(String field, String rule)
    {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field()
    {
        return field;
    }

    public String rule()
    {
        return rule;
    }
}
