package org.practicechallenge.repo.retention;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ProtocolViolation;

/**
 * How long a challenge's record is kept, by the child's case category: a period after one of the case's dates,
 * configured as {@code practicechallenge.retention.<category>=<ISO period> after <date>}. Records managers set the
 * schedule; a challenge whose date is not known yet (the case is still open) has no retain-until date until it is.
 *
 * <p>Defaults (the brief, section 7.2): child protection 35 years after the case is closed; looked after 75 years
 * from the child's date of birth. Child in need and other cases default to the child's 25th birthday, the usual
 * retention for children's social care records that are neither; partnerships may change all four.</p>
 */
public final class RetentionSchedule
{
    static final String PREFIX = "practicechallenge.retention.";

    private static final Pattern RULE = Pattern.compile("\\s*(P\\S+)\\s+after\\s+(\\S+)\\s*");

    /** The dates a retention period may run from. */
    public enum Anchor
    {
        CASE_CLOSED_DATE("caseClosedDate"),
        CHILD_DATE_OF_BIRTH("childDateOfBirth"),
        CHALLENGE_CLOSED_DATE("challengeClosedDate");

        private final String code;

        Anchor(String code)
        {
            this.code = code;
        }

        public String code()
        {
            return code;
        }

        static Anchor fromCode(String key, String code)
        {
            for (Anchor anchor : values())
            {
                if (anchor.code.equals(code))
                {
                    return anchor;
                }
            }
            throw new ProtocolViolation(key, "'" + code + "' is not a date retention can run from; use caseClosedDate, childDateOfBirth or challengeClosedDate");
        }
    }

    /** One category's rule: keep for {@code period} after {@code anchor}. */
    public record Rule(Period period, Anchor anchor)
    {
        @Override
        public String toString()
        {
            return period + " after " + anchor.code();
        }
    }

    /** The dates of one challenge and its case that a rule may need; any may be unknown. */
    public record Facts(LocalDate caseClosedDate, LocalDate childDateOfBirth, LocalDate challengeClosedDate)
    {
        LocalDate of(Anchor anchor)
        {
            return switch (anchor)
            {
                case CASE_CLOSED_DATE -> caseClosedDate;
                case CHILD_DATE_OF_BIRTH -> childDateOfBirth;
                case CHALLENGE_CLOSED_DATE -> challengeClosedDate;
            };
        }
    }

    private static final Map<CaseCategory, String> DEFAULTS = Map.of(
            CaseCategory.CHILD_PROTECTION, "P35Y after caseClosedDate",
            CaseCategory.LOOKED_AFTER, "P75Y after childDateOfBirth",
            CaseCategory.CHILD_IN_NEED, "P25Y after childDateOfBirth",
            CaseCategory.OTHER, "P25Y after childDateOfBirth");

    private final Map<CaseCategory, Rule> rules;

    private RetentionSchedule(Map<CaseCategory, Rule> rules)
    {
        this.rules = rules;
    }

    public static RetentionSchedule from(Map<String, String> settings)
    {
        Map<CaseCategory, Rule> rules = new EnumMap<>(CaseCategory.class);
        for (CaseCategory category : CaseCategory.values())
        {
            String key = PREFIX + category.code();
            String value = settings.get(key);
            rules.put(category, parse(key, value == null || value.isBlank() ? DEFAULTS.get(category) : value));
        }
        return new RetentionSchedule(rules);
    }

    /** Alfresco's {@code global-properties} bean is a {@link Properties}. */
    public static RetentionSchedule fromProperties(Properties properties)
    {
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        return from(settings);
    }

    private static Rule parse(String key, String value)
    {
        Matcher matcher = RULE.matcher(value);
        if (!matcher.matches())
        {
            throw new ProtocolViolation(key, "'" + value + "' is not a retention rule such as 'P35Y after caseClosedDate'");
        }
        Period period;
        try
        {
            period = Period.parse(matcher.group(1));
        }
        catch (DateTimeException notAPeriod)
        {
            throw new ProtocolViolation(key, "'" + matcher.group(1) + "' is not an ISO-8601 period such as P35Y");
        }
        if (period.isNegative() || period.isZero())
        {
            throw new ProtocolViolation(key, "the retention period must be longer than nothing");
        }
        return new Rule(period, Anchor.fromCode(key, matcher.group(2)));
    }

    public Rule ruleFor(CaseCategory category)
    {
        return rules.get(category == null ? CaseCategory.OTHER : category);
    }

    /**
     * The date until which the challenge's record is kept, or empty while the date its rule runs from is unknown.
     * A case folder without a category is treated as {@code other}.
     */
    public Optional<LocalDate> retainUntil(CaseCategory category, Facts facts)
    {
        Rule rule = ruleFor(category);
        LocalDate from = facts.of(rule.anchor());
        return from == null ? Optional.empty() : Optional.of(from.plus(rule.period()));
    }
}
