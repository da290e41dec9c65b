package org.practicechallenge.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partnership's agencies and who acts for each at each stage, read from
 * {@code practicechallenge.agency.<code>.name}, {@code practicechallenge.agency.<code>.stage<N>.group} and
 * {@code practicechallenge.agency.<code>.firstLineManagers.group}, with {@code practicechallenge.routing.stage1}, so that
 * another partnership can adopt the product without code.
 */
public final class AgencyDirectory
{
    static final String PREFIX = "practicechallenge.agency.";
    private static final Pattern AGENCY_KEY = Pattern.compile(Pattern.quote(PREFIX) + "([^.]+)\\..+");
    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]{1,39}");
    private static final Pattern GROUP = Pattern.compile("GROUP_[A-Za-z0-9_.\\-]+");

    private final Map<String, Agency> agencies;
    private final List<String> partnershipGroups;
    private final List<String> practiceReviewGroups;
    private final String practiceReviewGroupName;
    private final StageOneRouting stageOneRouting;

    private AgencyDirectory(Map<String, Agency> agencies, List<String> partnershipGroups,
            List<String> practiceReviewGroups, String practiceReviewGroupName, StageOneRouting stageOneRouting)
    {
        this.agencies = agencies;
        this.stageOneRouting = stageOneRouting;
        this.partnershipGroups = partnershipGroups;
        this.practiceReviewGroups = practiceReviewGroups;
        this.practiceReviewGroupName = practiceReviewGroupName;
    }

    public static AgencyDirectory from(Map<String, String> settings)
    {
        Map<String, Agency> agencies = new TreeMap<>();
        for (String key : settings.keySet())
        {
            Matcher matcher = AGENCY_KEY.matcher(key);
            if (matcher.matches() && !agencies.containsKey(matcher.group(1)))
            {
                String code = matcher.group(1);
                agencies.put(code, readAgency(code, settings));
            }
        }
        if (agencies.isEmpty())
        {
            throw new ProtocolViolation(PREFIX + "<code>.name", "no agencies are configured");
        }
        return new AgencyDirectory(agencies,
                groups("practicechallenge.partnership.group", settings),
                groups("practicechallenge.practiceReviewGroup.group", settings),
                required("practicechallenge.practiceReviewGroup.name", settings),
                StageOneRouting.fromSetting(settings.get(StageOneRouting.SETTING)));
    }

    private static Agency readAgency(String code, Map<String, String> settings)
    {
        if (!CODE.matcher(code).matches())
        {
            throw new ProtocolViolation(PREFIX + code, "an agency code is a letter then letters or digits, such as socialCare");
        }
        Map<Stage, List<String>> groups = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values())
        {
            if (stage.isAgencyStage())
            {
                groups.put(stage, groups(PREFIX + code + "." + stage.code() + ".group", settings));
            }
        }
        String managers = PREFIX + code + ".firstLineManagers.group";
        return new Agency(code, required(PREFIX + code + ".name", settings), groups,
                settings.containsKey(managers) && !settings.get(managers).isBlank() ? groups(managers, settings) : List.of());
    }

    private static List<String> groups(String key, Map<String, String> settings)
    {
        List<String> groups = new ArrayList<>();
        for (String group : Arrays.asList(required(key, settings).split(",")))
        {
            String name = group.trim();
            if (!GROUP.matcher(name).matches())
            {
                throw new ProtocolViolation(key, "'" + name + "' is not a group authority name such as GROUP_PC_SOCIALCARE_STAGE1");
            }
            groups.add(name);
        }
        return List.copyOf(groups);
    }

    private static String required(String key, Map<String, String> settings)
    {
        String value = settings.get(key);
        if (value == null || value.isBlank())
        {
            throw new ProtocolViolation(key, "is not configured");
        }
        return value.trim();
    }

    /** The agency with this code, or a violation of {@code field} naming the configured agencies. */
    public Agency agency(String field, Object code)
    {
        Agency agency = code == null ? null : agencies.get(code.toString());
        if (agency == null)
        {
            throw new ProtocolViolation(field, code == null || code.toString().isBlank()
                    ? "an agency is required; configured agencies are " + agencies.keySet()
                    : "unknown agency '" + code + "'; configured agencies are " + agencies.keySet());
        }
        return agency;
    }

    public Collection<Agency> agencies()
    {
        return agencies.values();
    }

    public List<String> partnershipGroups()
    {
        return partnershipGroups;
    }

    public List<String> practiceReviewGroups()
    {
        return practiceReviewGroups;
    }

    /** Every group the configuration names, each once, agencies' stage groups first. */
    public List<PartnershipGroup> groups()
    {
        Map<String, PartnershipGroup> groups = new LinkedHashMap<>();
        for (Agency agency : agencies.values())
        {
            for (Stage stage : Stage.values())
            {
                for (String group : agency.groupsAt(stage))
                {
                    groups.putIfAbsent(group, new PartnershipGroup(group, agency, stage));
                }
            }
            agency.firstLineManagers().forEach(group -> groups.putIfAbsent(group, new PartnershipGroup(group, agency, Stage.STAGE_1)));
        }
        partnershipGroups.forEach(group -> groups.putIfAbsent(group, new PartnershipGroup(group, null, null)));
        practiceReviewGroups.forEach(group -> groups.putIfAbsent(group, new PartnershipGroup(group, null, Stage.PRACTICE_REVIEW_GROUP)));
        return List.copyOf(groups.values());
    }

    public StageOneRouting stageOneRouting()
    {
        return stageOneRouting;
    }

    /** Partnerships may call it the Practice Review Group or the Practice Standards Group. */
    public String practiceReviewGroupName()
    {
        return practiceReviewGroupName;
    }
}
