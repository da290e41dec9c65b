package org.practicechallenge.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What Alfresco's Module Management Tool (alfresco-mmt, ACS 26.x) does when it installs an AMP into a war, so that
 * packaging checks can replay an install without Alfresco. Facts read from Alfresco/alfresco-community-repo (module
 * {@code mmt}, package {@code org.alfresco.repo.module.tool}, and {@code repository} for the module details):
 * <ul>
 * <li>{@code ModuleManagementTool()} sets TrueZIP's archive detector to {@code "war|amp"}: a path is opened as an
 * archive only when its name ends in {@code .amp} or {@code .war}. Any other name (a {@code .zip}) is a plain file, so
 * reading {@code <file>/module.properties} fails ("Unable to load module details ... Not a directory").</li>
 * <li>{@code installModule} reads {@code <amp>/module.properties}; {@code ModuleDetailsImpl} requires
 * {@code module.id}, {@code module.version}, {@code module.title}, {@code module.description}, refuses an id matching
 * {@code ModuleDetails.INVALID_ID_REGEX} and parses {@code module.repo.version.min/max} as dot-separated integers
 * ({@code VersionNumber}). MMT writes the file itself to {@code /WEB-INF/classes/alfresco/module/<id>/module.properties}
 * ({@code WarHelper.MODULE_NAMESPACE_DIR}).</li>
 * <li>{@code calculateChanges} copies files by mapping: {@code file-mapping.properties} at the AMP root when present
 * ({@code include.default}, default true, adds the defaults), otherwise
 * {@code org/alfresco/repo/module/tool/default-file-mapping.properties}: the table {@link #DEFAULT_FILE_MAPPING}.
 * Anything in the AMP outside every mapping source is never copied.</li>
 * <li>{@code calculateCopyToWar}: when a mapped file already exists in the war and {@code -force} is not given, MMT
 * throws "The amp will overwrite an existing file in the war '&lt;path&gt;'. Execution halted." With {@code -force} it
 * replaces the war's file and keeps a backup.</li>
 * <li>{@code main}: {@code -directory} means the first argument is a folder of AMPs (every file ending in
 * {@code .amp}, in sub-folders too); the war may be a {@code .war} file or an exploded webapp folder.</li>
 * </ul>
 */
public final class MmtInstall
{
    /** ModuleManagementTool's TArchiveDetector("war|amp"). */
    private static final Pattern ARCHIVE_NAME = Pattern.compile("(?i).+\\.(war|amp)");

    /** default-file-mapping.properties: AMP folder to war folder. */
    public static final Map<String, String> DEFAULT_FILE_MAPPING = defaultMapping();

    /** ModuleDetailsImpl: missing any of these, MMT refuses the module. */
    public static final List<String> REQUIRED_MODULE_PROPERTIES = List.of("module.id", "module.version", "module.title",
            "module.description");

    /** ModuleDetails.INVALID_ID_REGEX. */
    private static final Pattern INVALID_ID = Pattern.compile(".*[^\\w.-].*");
    /** VersionNumber: dot-separated integers. */
    private static final Pattern REPO_VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    public static final String MODULE_PROPERTIES = "module.properties";
    public static final String FILE_MAPPING_PROPERTIES = "file-mapping.properties";

    private MmtInstall()
    {
    }

    /** Whether MMT opens a file of this name as an AMP (or war) archive. */
    public static boolean opensAsArchive(String fileName)
    {
        return ARCHIVE_NAME.matcher(fileName).matches();
    }

    /** Why MMT would refuse these module properties; empty when it accepts them. */
    public static List<String> moduleDetailsProblems(Properties module)
    {
        List<String> problems = new ArrayList<>();
        for (String key : REQUIRED_MODULE_PROPERTIES)
        {
            String value = module.getProperty(key);
            if (value == null || value.isBlank())
            {
                problems.add("missing " + key);
            }
        }
        String id = module.getProperty("module.id");
        if (id != null && INVALID_ID.matcher(id.trim()).matches())
        {
            problems.add("module id '" + id + "' has characters other than letters, digits, '.', '_' and '-'");
        }
        for (String key : List.of("module.repo.version.min", "module.repo.version.max"))
        {
            String value = module.getProperty(key);
            if (value != null && !value.isBlank() && !REPO_VERSION.matcher(value.trim()).matches())
            {
                problems.add(key + "=" + value + " is not a version MMT can parse");
            }
        }
        return problems;
    }

    /**
     * Replays MMT's copy of an AMP into a war that already holds {@code warFiles} (war paths such as
     * {@code /WEB-INF/lib/x-1.0.jar}), without {@code -force}.
     *
     * @param amp the AMP's file entries, name to bytes (as {@link AmpArchive#entries} reads them)
     */
    public static Plan plan(Map<String, byte[]> amp, Set<String> warFiles)
    {
        Map<String, String> mapping = mapping(amp);
        Map<String, List<String>> copies = new LinkedHashMap<>();
        List<String> neverCopied = new ArrayList<>();
        Set<String> overwrites = new TreeSet<>();
        for (String entry : amp.keySet())
        {
            if (entry.equals(MODULE_PROPERTIES) || entry.equals(FILE_MAPPING_PROPERTIES))
            {
                continue;
            }
            String path = "/" + entry;
            List<String> destinations = new ArrayList<>();
            mapping.forEach((source, target) ->
            {
                if (path.startsWith(source + "/"))
                {
                    destinations.add(target + path.substring(source.length()));
                }
            });
            if (destinations.isEmpty())
            {
                neverCopied.add(entry);
            }
            else
            {
                copies.put(entry, destinations);
                destinations.stream().filter(warFiles::contains).forEach(overwrites::add);
            }
        }
        return new Plan(copies, neverCopied, List.copyOf(overwrites));
    }

    /**
     * @param copies AMP entry to the war paths MMT copies it to
     * @param neverCopied AMP entries outside every mapping (MMT leaves them out silently)
     * @param overwrites war paths the AMP would overwrite: MMT halts on the first unless {@code -force} is given
     */
    public record Plan(Map<String, List<String>> copies, List<String> neverCopied, List<String> overwrites)
    {
        public Set<String> warPaths()
        {
            Set<String> paths = new TreeSet<>();
            copies.values().forEach(paths::addAll);
            return paths;
        }
    }

    private static Map<String, String> mapping(Map<String, byte[]> amp)
    {
        byte[] custom = amp.get(FILE_MAPPING_PROPERTIES);
        if (custom == null)
        {
            return DEFAULT_FILE_MAPPING;
        }
        Properties properties = AmpArchive.properties(custom);
        Map<String, String> mapping = new LinkedHashMap<>();
        if (Boolean.parseBoolean(properties.getProperty("include.default", "true")))
        {
            mapping.putAll(DEFAULT_FILE_MAPPING);
        }
        properties.stringPropertyNames().stream().filter(key -> !key.equals("include.default"))
                .forEach(key -> mapping.put(key.trim(), properties.getProperty(key).trim()));
        return mapping;
    }

    private static Map<String, String> defaultMapping()
    {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("/config", "/WEB-INF/classes");
        mapping.put("/lib", "/WEB-INF/lib");
        mapping.put("/licenses", "/WEB-INF/licenses");
        mapping.put("/web/jsp", "/jsp");
        mapping.put("/web/css", "/css");
        mapping.put("/web/images", "/images");
        mapping.put("/web/scripts", "/scripts");
        mapping.put("/web/php", "/php");
        return java.util.Collections.unmodifiableMap(mapping);
    }
}
