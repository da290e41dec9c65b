package org.practicechallenge.repo.permission;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.practicechallenge.protocol.PartnershipGroup;
import org.practicechallenge.protocol.PartnershipSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure every group the configuration names exists, at each startup. Alfresco silently drops a candidate group
 * that does not exist, so a stage whose group is missing gets tasks nobody sees. By default the missing groups are
 * created, empty, for the administrator to fill; with {@code practicechallenge.groups.create=false} (groups come from
 * a directory) each missing group is reported as an error naming the stage left without anyone to act.
 *
 * <p>A module component: Alfresco runs it after bootstrap, in a transaction, as the system user, which
 * {@code AuthorityService.createAuthority} (administrators only) needs.</p>
 */
public class PartnershipGroups extends AbstractModuleComponent
{
    static final String CREATE_SETTING = "practicechallenge.groups.create";
    static final String RECORDS_MANAGERS_SETTING = "practicechallenge.retention.group";
    private static final String BUNDLE = "alfresco.module.practice-challenge-repo.messages.practice-challenge-groups";
    private static final Logger LOG = LoggerFactory.getLogger(PartnershipGroups.class);

    private final ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    private AuthorityService authorityService;
    private PartnershipSettings partnershipSettings;
    private String recordsManagers;
    private boolean create = true;

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    public void setPartnershipSettings(PartnershipSettings partnershipSettings)
    {
        this.partnershipSettings = partnershipSettings;
    }

    public void setSettings(Properties settings)
    {
        this.create = !"false".equalsIgnoreCase(settings.getProperty(CREATE_SETTING, "true").trim());
        this.recordsManagers = settings.getProperty(RECORDS_MANAGERS_SETTING, "GROUP_PC_RECORDS_MANAGERS").trim();
    }

    @Override
    protected void executeInternal()
    {
        List<String> missing = new ArrayList<>();
        for (PartnershipGroup group : groups())
        {
            if (authorityService.authorityExists(group.authority()))
            {
                continue;
            }
            if (create)
            {
                authorityService.createAuthority(AuthorityType.GROUP, group.shortName(), displayName(group),
                        Set.of(AuthorityService.ZONE_APP_DEFAULT, AuthorityService.ZONE_AUTH_ALFRESCO));
                LOG.info("Practice Challenge created the empty group {} ({}); add its members in Share's admin tools.",
                        group.authority(), displayName(group));
            }
            else
            {
                missing.add(group.authority());
                LOG.error("Practice Challenge: the configured group {} does not exist, so nobody can act as {}. Create it, "
                        + "correct its name in alfresco-global.properties, or set {}=true.", group.authority(), displayName(group), CREATE_SETTING);
            }
        }
        if (!missing.isEmpty())
        {
            LOG.error("Practice Challenge: {} configured group(s) missing: {}", missing.size(), missing);
        }
    }

    List<PartnershipGroup> groups()
    {
        List<PartnershipGroup> groups = new ArrayList<>(partnershipSettings.agencies().groups());
        if (groups.stream().noneMatch(group -> group.authority().equals(recordsManagers)))
        {
            groups.add(new PartnershipGroup(recordsManagers, null, null));
        }
        return groups;
    }

    /** What the group is for, in the words Share's group list shows. */
    String displayName(PartnershipGroup group)
    {
        String name = group.shortName();
        if (group.agency() != null)
        {
            return format("practicechallenge.group.stage", group.agency().name(), message("practicechallenge.group.stage." + group.stage().code()), name);
        }
        if (group.stage() != null)
        {
            return format("practicechallenge.group.practiceReviewGroup", partnershipSettings.agencies().practiceReviewGroupName(), name);
        }
        if (group.authority().equals(recordsManagers))
        {
            return format("practicechallenge.group.recordsManagers", name);
        }
        return format("practicechallenge.group.partnership", name);
    }

    private String message(String key)
    {
        return messages.getString(key);
    }

    private String format(String key, Object... arguments)
    {
        return new MessageFormat(message(key), Locale.UK).format(arguments);
    }
}
