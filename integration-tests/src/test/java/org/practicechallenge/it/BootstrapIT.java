package org.practicechallenge.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the local stack's bootstrap (platform-docker, service practice-challenge-bootstrap) leaves for a newcomer:
 * every group the module's configuration names, GROUP_PC_RECORDS_MANAGERS, and the demo site with a sample child
 * case folder. Meaningful against the run.sh stack; against another ACS it reports what is missing.
 */
@LiveAcs
class BootstrapIT
{
    @Test
    void theProductGroupsTheDemoSiteAndTheSampleCaseFolderExist()
    {
        Rest admin = Rest.admin();
        for (String group : Partnership.productGroups())
        {
            assertThat(admin.get(Acs.CORE_API + "/groups/" + group).status()).as("group %s", group).isEqualTo(200);
        }
        assertThat(admin.get(Acs.CORE_API + "/sites/practice-challenge-demo").status()).as("demo site").isEqualTo(200);
        String library = admin.get(Acs.CORE_API + "/sites/practice-challenge-demo/containers/documentLibrary").json(200)
                .at("/entry/id").asText();
        JsonNode folders = admin.get(Acs.CORE_API + "/nodes/" + library + "/children?include=aspectNames,properties").json(200);
        assertThat(folders.at("/list/entries").findValues("entry")).as("sample child case folder")
                .anyMatch(entry -> entry.path("aspectNames").toString().contains("pc:childCase")
                        && "DEMO-0001".equals(entry.path("properties").path("pc:childIdentifier").asText()));
    }
}
