package org.practicechallenge.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

import com.fasterxml.jackson.databind.JsonNode;

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

    /**
     * Removes what the run made, the way the product lets anyone: a records manager (the only role that deletes a case
     * record) sets each closed challenge's retain-until date to yesterday and deletes it, with the entries on the case
     * folders; then the administrator deletes the site and the run's people. An open challenge is never deleted, so
     * it and its site stay, and the run says so instead of hiding it.
     */
    @Override
    public void close()
    {
        List<String> leftBehind = new ArrayList<>();
        try
        {
            if (documentLibrary != null)
            {
                deleteCaseRecords(leftBehind);
            }
            Rest.Answer site = Rest.admin().delete(Acs.CORE_API + "/sites/" + this.site + "?permanent=true");
            if (site.status() != 204 && site.status() != 404)
            {
                leftBehind.add("site " + this.site + " (" + site.status() + ": " + site.body() + ")");
            }
            for (String user : users.values())
            {
                Rest.Answer person = Rest.admin().delete("/s/api/people/" + Rest.encode(user));
                if (person.status() != 200 && person.status() != 404)
                {
                    leftBehind.add("user " + user + " (" + person.status() + ")");
                }
            }
        }
        finally
        {
            admin.close();
        }
        if (!leftBehind.isEmpty())
        {
            System.out.println("pc-it clean-up of run " + run + " left behind: " + String.join("; ", leftBehind));
        }
    }

    private void deleteCaseRecords(List<String> leftBehind)
    {
        String keeper = user("recordsmanager", "GROUP_PC_RECORDS_MANAGERS");
        admin.sites().createSiteMembership(site, new SiteMembershipBodyCreate().id(keeper)
                .role(SiteMembershipBodyCreate.RoleEnum.SITEMANAGER), null);
        Rest records = as(keeper);
        String yesterday = LocalDate.now(Acs.ZONE).minusDays(1).toString();
        for (JsonNode folder : children(records, documentLibrary, "cm:folder"))
        {
            for (JsonNode challenge : children(records, folder.at("/entry/id").asText(), "pc:practiceChallenge"))
            {
                String id = challenge.at("/entry/id").asText();
                String reference = challenge.at("/entry/properties/pc:reference").asText(id);
                if ("open".equals(challenge.at("/entry/properties/pc:status").asText()))
                {
                    leftBehind.add("open challenge " + reference);
                    continue;
                }
                records.put(Acs.CORE_API + "/nodes/" + id, Map.of("properties", Map.of("pc:retainUntil", yesterday)));
                purge(records, id, "challenge " + reference, leftBehind);
            }
            for (JsonNode entry : children(records, folder.at("/entry/id").asText(), "pc:caseRecordEntry"))
            {
                purge(records, entry.at("/entry/id").asText(), "case entry", leftBehind);
            }
        }
    }

    /**
     * ACS lets only a node's owner or an administrator delete it permanently: the records manager moves it to the
     * trashcan (where the case record's rules no longer apply) and the administrator empties it from there.
     */
    private static void purge(Rest records, String id, String what, List<String> leftBehind)
    {
        Rest.Answer deleted = records.delete(Acs.CORE_API + "/nodes/" + id);
        Rest.Answer purged = deleted.status() == 204 ? Rest.admin().delete(Acs.CORE_API + "/deleted-nodes/" + id) : deleted;
        // 404 from the trashcan: a type Alfresco does not archive (a case entry, a cm:cmobject) is gone already.
        boolean gone = purged.status() == 204 || deleted.status() == 204 && purged.status() == 404;
        if (!gone)
        {
            leftBehind.add(what + " (" + purged.status() + ": " + purged.body() + ")");
        }
    }

    private static List<JsonNode> children(Rest as, String parent, String nodeType)
    {
        String where = Rest.encode("(nodeType='" + nodeType + "')");
        List<JsonNode> nodes = new ArrayList<>();
        as.get(Acs.CORE_API + "/nodes/" + parent + "/children?include=properties&maxItems=1000&where=" + where)
                .json(200).at("/list/entries").forEach(nodes::add);
        return nodes;
    }
}
