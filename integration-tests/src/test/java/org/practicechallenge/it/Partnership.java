package org.practicechallenge.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alfresco.core.model.GroupBodyCreate;
import org.alfresco.core.model.GroupMembershipBodyCreate;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.PersonBodyCreate;
import org.alfresco.core.model.SiteBodyCreate;
import org.alfresco.core.model.SiteMembershipBodyCreate;

import feign.FeignException;

/**
 * The people and places a live test needs, created through Alfresco's Java REST client as the administrator: the
 * product's groups (when the bootstrap has not made them), one user per role with a unique name per run, a private
 * site and child case folders with {@code pc:childCase}. Group names come from the module's defaults.
 */
final class Partnership implements AutoCloseable
{
    static final String PASSWORD = "Pc-it-" + Long.toString(System.nanoTime(), 36);

    final AcsClients admin = AcsClients.admin();
    final String run = Long.toString(System.currentTimeMillis(), 36);
    final String site = "pc-it-" + run;
    private final Map<String, String> users = new LinkedHashMap<>();
    private String documentLibrary;

    /** Every GROUP_ authority in the module's alfresco-global.properties, and the records managers' group. */
    static Set<String> productGroups()
    {
        Path defaults = Path.of(System.getProperty("practicechallenge.repo.resources",
                "../repo-module/src/main/resources/alfresco/module/practice-challenge-repo"), "alfresco-global.properties");
        Set<String> groups = new TreeSet<>();
        try
        {
            for (String line : Files.readAllLines(defaults))
            {
                if (line.strip().startsWith("#"))
                {
                    continue;
                }
                Matcher group = Pattern.compile("GROUP_[A-Z0-9_]+").matcher(line);
                while (group.find())
                {
                    groups.add(group.group());
                }
            }
        }
        catch (java.io.IOException e)
        {
            throw new AssertionError("cannot read the module defaults " + defaults, e);
        }
        groups.add("GROUP_PC_RECORDS_MANAGERS");
        return groups;
    }

    void ensureGroups()
    {
        for (String group : productGroups())
        {
            try
            {
                admin.groups().getGroup(group, null, null);
            }
            catch (FeignException.NotFound missing)
            {
                admin.groups().createGroup(new GroupBodyCreate().id(group.substring("GROUP_".length())).displayName(group), null, null);
            }
        }
    }

    /** A new user in {@code groups}; the returned name is unique to this run. */
    String user(String role, String... groups)
    {
        String id = "pc-it-" + role + "-" + run;
        admin.people().createPerson(new PersonBodyCreate().id(id).firstName(role).lastName("IT " + run)
                .email(id + "@example.org").password(PASSWORD).enabled(true).emailNotificationsEnabled(false), null);
        for (String group : groups)
        {
            admin.groups().createGroupMembership(group,
                    new GroupMembershipBodyCreate().id(id).memberType(GroupMembershipBodyCreate.MemberTypeEnum.PERSON), null);
        }
        users.put(role, id);
        return id;
    }

    Rest as(String user)
    {
        return Rest.as(user, PASSWORD);
    }

    /** A private site for this run, with {@code collaborators} as members. */
    void site(String... collaborators)
    {
        admin.sites().createSite(new SiteBodyCreate().id(site).title("Practice Challenge IT " + run)
                .visibility(SiteBodyCreate.VisibilityEnum.PRIVATE), null, null, null);
        for (String user : collaborators)
        {
            admin.sites().createSiteMembership(site, new SiteMembershipBodyCreate().id(user)
                    .role(SiteMembershipBodyCreate.RoleEnum.SITECOLLABORATOR), null);
        }
        documentLibrary = admin.sites().getSiteContainer(site, "documentLibrary", null).getBody().getEntry().getId();
    }

    /** A child's case folder in the site, created by {@code owner} through the REST API as Share would. */
    String caseFolder(Rest owner, String childIdentifier, String caseCategory)
    {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("pc:childIdentifier", childIdentifier);
        properties.put("pc:childName", "Test Child " + childIdentifier);
        properties.put("pc:childDateOfBirth", "2015-06-01");
        properties.put("pc:caseCategory", caseCategory);
        Map<String, Object> folder = Map.of("name", "Case " + childIdentifier + " " + run, "nodeType", "cm:folder");
        String id = owner.post(Acs.CORE_API + "/nodes/" + documentLibrary + "/children", folder).json(201).at("/entry/id").asText();
        // pc:childCase is applied as Share's "Manage aspects" does: an update of the folder's aspects.
        Node node = admin.nodes().getNode(id, null, null, null).getBody().getEntry();
        List<String> aspects = new java.util.ArrayList<>(node.getAspectNames());
        aspects.add("pc:childCase");
        owner.put(Acs.CORE_API + "/nodes/" + id, Map.of("aspectNames", aspects, "properties", properties)).json(200);
        return id;
    }

    /** A plain folder without pc:childCase, to show a challenge cannot start there. */
    String plainFolder(String name)
    {
        return admin.nodes().createNode(documentLibrary, new NodeBodyCreate().name(name + " " + run).nodeType("cm:folder"),
                null, null, null, null, null).getBody().getEntry().getId();
    }

    @Override
    public void close()
    {
        try
        {
            admin.sites().deleteSite(site, true);
        }
        catch (FeignException ignored)
        {
            // The site may not have been created; people stay, their names are unique to the run.
        }
        admin.close();
    }
}
