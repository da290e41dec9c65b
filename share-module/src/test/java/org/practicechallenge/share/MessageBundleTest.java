package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Every label the module shows comes from its message bundles, complete in English. */
class MessageBundleTest
{
    /** msg("key") in FreeMarker and client JS, this.msg("key") in widgets, msg.get("key") in web script controllers. */
    static final Pattern MSG_CALL = Pattern.compile("(?:\\bmsg|\\bmsg\\.get)\\(\\s*\"([^\"]+)\"");
    static final Pattern TEMPLATE_TOKEN = Pattern.compile("\\{(\\w+) ([\\w.]+)}");

    static final Properties GLOBAL = ModuleFiles.properties(ModuleFiles.BUNDLE);
    static final Properties DASHLET = ModuleFiles.properties(ModuleFiles.DASHLET_BUNDLE);

    @Test
    void everyLabelAndHelpKeyInTheShareConfigIsInTheBundle()
    {
        ShareConfig config = new ShareConfig(ModuleFiles.SHARE_CONFIG);
        Set<String> keys = new LinkedHashSet<>();
        for (String attribute : List.of("label-id", "help-id", "labelId", "descriptionId", "message-id"))
        {
            collectAttribute(config, attribute, keys);
        }
        for (String tag : List.of("action", "indicator"))
        {
            for (Element element : ModuleFiles.elements(config.document, tag))
            {
                if (element.hasAttribute("label"))
                {
                    keys.add(element.getAttribute("label"));
                }
            }
        }
        for (Element param : ModuleFiles.elements(config.document, "control-param"))
        {
            // labelId, and the case folder control's selectedId and missingId
            if (param.getAttribute("name").endsWith("Id"))
            {
                keys.add(param.getTextContent().trim());
            }
        }
        for (Element line : ModuleFiles.elements(config.document, "line"))
        {
            Matcher token = TEMPLATE_TOKEN.matcher(line.getTextContent());
            while (token.find())
            {
                keys.add(token.group(2));
            }
        }
        assertThat(keys).hasSizeGreaterThan(50);
        assertThat(missing(keys, GLOBAL)).as("keys used in share-config-custom.xml").isEmpty();
    }

    @Test
    void everyKeyTheFormControlsAndDocumentLibraryScriptsUseIsInTheBundle()
    {
        Set<String> keys = new LinkedHashSet<>();
        for (Path ftl : ModuleFiles.filesUnder(ModuleFiles.SITE_WEBSCRIPTS.resolve("org/practicechallenge/components/form"), ".ftl"))
        {
            keys.addAll(msgCalls(ftl));
        }
        keys.addAll(msgCalls(ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share/documentlibrary/practice-challenge-doclib.js")));
        keys.addAll(msgCalls(ModuleFiles.STATIC_RESOURCES.resolve("practice-challenge-share/workflow/start-workflow-preselect.js")));
        assertThat(keys).isNotEmpty();
        assertThat(missing(keys, GLOBAL)).isEmpty();
    }

    @Test
    void everyKeyTheDashletUsesIsInItsBundleOrTheModules()
    {
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(msgCalls(ModuleFiles.DASHLET.resolve("escalations.get.html.ftl")));
        keys.addAll(msgCalls(ModuleFiles.DASHLET.resolve("escalations.get.js")));
        keys.addAll(msgCalls(ModuleFiles.DASHLET_CLIENT.resolve("escalations.js")));
        // Error texts are looked up by HTTP status.
        keys.addAll(List.of("error.status.400", "error.status.403", "error.status.other"));
        assertThat(keys).hasSizeGreaterThan(20);
        Properties both = new Properties();
        both.putAll(GLOBAL);
        both.putAll(DASHLET);
        assertThat(missing(keys, both)).isEmpty();
    }

    @Test
    void everyStageKindStatusAndDefaultAgencyHasALabel()
    {
        List<String> keys = new ArrayList<>();
        NamingContract.STAGES.forEach(s -> keys.add("practicechallenge.stage." + s));
        NamingContract.KINDS.forEach(k -> keys.add("practicechallenge.kind." + k));
        NamingContract.STATUSES.forEach(s -> keys.add("practicechallenge.status." + s));
        NamingContract.DEFAULT_AGENCIES.forEach(a -> keys.add("practicechallenge.agency." + a));
        assertThat(missing(keys, GLOBAL)).isEmpty();
    }

    @Test
    void messagesWithArgumentsWriteApostrophesTwice()
    {
        for (Properties bundle : List.of(GLOBAL, DASHLET))
        {
            for (String key : bundle.stringPropertyNames())
            {
                String value = bundle.getProperty(key);
                if (value.matches("(?s).*\\{\\d+}.*"))
                {
                    assertThat(value.replace("''", "")).as("%s is a MessageFormat pattern", key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void bundlesHaveNoEmptyMessagesAndOnlyLatin1Text()
    {
        for (Path file : List.of(ModuleFiles.BUNDLE, ModuleFiles.DASHLET_BUNDLE))
        {
            Properties bundle = ModuleFiles.properties(file);
            for (String key : bundle.stringPropertyNames())
            {
                assertThat(bundle.getProperty(key)).as("%s in %s", key, file.getFileName()).isNotBlank();
            }
            assertThat(ModuleFiles.read(file).chars().allMatch(c -> c < 128)).as("%s is plain ASCII", file.getFileName()).isTrue();
        }
    }

    private static void collectAttribute(ShareConfig config, String attribute, Set<String> keys)
    {
        for (Element element : ModuleFiles.elements(config.document, "*"))
        {
            if (element.hasAttribute(attribute))
            {
                keys.add(element.getAttribute(attribute));
            }
        }
    }

    private static Set<String> msgCalls(Path file)
    {
        Set<String> keys = new LinkedHashSet<>();
        Matcher call = MSG_CALL.matcher(ModuleFiles.read(file));
        while (call.find())
        {
            keys.add(call.group(1));
        }
        return keys;
    }

    private static List<String> missing(Iterable<String> keys, Properties bundle)
    {
        List<String> missing = new ArrayList<>();
        for (String key : keys)
        {
            if (bundle.getProperty(key) == null)
            {
                missing.add(key);
            }
        }
        return missing;
    }
}
