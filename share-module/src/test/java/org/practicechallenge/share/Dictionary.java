package org.practicechallenge.share;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Types and aspects of Alfresco content models, read from their XML: for each class its parent, its
 * mandatory aspects, and the properties and associations it declares. Enough to say which fields a Share
 * form for a type may show.
 */
final class Dictionary
{
    static final class ClassDef
    {
        final String name;
        final boolean aspect;
        String parent;
        final Set<String> mandatoryAspects = new LinkedHashSet<>();
        final Set<String> members = new LinkedHashSet<>();

        ClassDef(String name, boolean aspect)
        {
            this.name = name;
            this.aspect = aspect;
        }
    }

    private final Map<String, ClassDef> classes = new HashMap<>();

    static Dictionary read(List<Path> modelFiles)
    {
        Dictionary dictionary = new Dictionary();
        for (Path file : modelFiles)
        {
            dictionary.add(ModuleFiles.xml(file));
        }
        return dictionary;
    }

    private void add(Document model)
    {
        for (String kind : List.of("type", "aspect"))
        {
            for (Element element : ModuleFiles.elements(model, kind))
            {
                // <type> also appears inside <property>; only class definitions have a name attribute.
                if (!element.hasAttribute("name"))
                {
                    continue;
                }
                ClassDef def = new ClassDef(element.getAttribute("name"), kind.equals("aspect"));
                for (Element parent : ModuleFiles.children(element, "parent"))
                {
                    def.parent = parent.getTextContent().trim();
                }
                for (Element aspects : ModuleFiles.children(element, "mandatory-aspects"))
                {
                    for (Element aspect : ModuleFiles.children(aspects, "aspect"))
                    {
                        def.mandatoryAspects.add(aspect.getTextContent().trim());
                    }
                }
                for (String member : List.of("property", "association", "child-association"))
                {
                    for (Element element2 : ModuleFiles.elements(element, member))
                    {
                        if (element2.hasAttribute("name"))
                        {
                            def.members.add(element2.getAttribute("name"));
                        }
                    }
                }
                classes.put(def.name, def);
            }
        }
    }

    boolean hasClass(String name)
    {
        return classes.containsKey(name);
    }

    boolean isAspect(String name)
    {
        return classes.containsKey(name) && classes.get(name).aspect;
    }

    /** Properties and associations a node of this type always has: its own, its ancestors', its mandatory aspects'. */
    Set<String> membersOf(String className)
    {
        Set<String> members = new LinkedHashSet<>();
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(className);
        while (!todo.isEmpty())
        {
            String name = todo.poll();
            ClassDef def = classes.get(name);
            if (def == null || !visited.add(name))
            {
                continue;
            }
            members.addAll(def.members);
            if (def.parent != null)
            {
                todo.add(def.parent);
            }
            todo.addAll(def.mandatoryAspects);
        }
        return members;
    }

    /** Properties and associations declared by any aspect (a node form shows them when the node has the aspect). */
    Set<String> aspectMembers()
    {
        Set<String> members = new LinkedHashSet<>();
        for (ClassDef def : classes.values())
        {
            if (def.aspect)
            {
                members.addAll(membersOf(def.name));
            }
        }
        return members;
    }

    Set<String> allMembers()
    {
        Set<String> members = new LinkedHashSet<>();
        for (ClassDef def : classes.values())
        {
            members.addAll(def.members);
        }
        return members;
    }
}
