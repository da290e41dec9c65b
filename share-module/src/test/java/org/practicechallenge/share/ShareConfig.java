package org.practicechallenge.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The forms of share-config-custom.xml, each with the config section (evaluator, condition) it belongs to. */
final class ShareConfig
{
    /** One <form> of a <config evaluator=".." condition="..">. */
    static final class Form
    {
        final String evaluator;
        final String condition;
        final String id;
        final Element element;

        Form(String evaluator, String condition, Element element)
        {
            this.evaluator = evaluator;
            this.condition = condition;
            this.id = element.getAttribute("id");
            this.element = element;
        }

        List<String> shownIds()
        {
            List<String> ids = new ArrayList<>();
            for (String tag : List.of("show", "hide"))
            {
                for (Element e : ModuleFiles.elements(element, tag))
                {
                    ids.add(e.getAttribute("id"));
                }
            }
            return ids;
        }

        List<Element> fields()
        {
            return ModuleFiles.elements(element, "field");
        }

        Element field(String fieldId)
        {
            return fields().stream().filter(f -> f.getAttribute("id").equals(fieldId)).findFirst().orElse(null);
        }

        boolean shows(String fieldId)
        {
            return shownIds().contains(fieldId);
        }

        List<Element> sets()
        {
            return ModuleFiles.elements(element, "set");
        }

        @Override
        public String toString()
        {
            return evaluator + " " + condition + (id.isEmpty() ? "" : " form " + id);
        }
    }

    final Document document;

    ShareConfig(Path file)
    {
        this.document = ModuleFiles.xml(file);
    }

    List<Element> configs()
    {
        return ModuleFiles.elements(document, "config");
    }

    List<Form> forms()
    {
        List<Form> forms = new ArrayList<>();
        for (Element config : configs())
        {
            for (Element formsElement : ModuleFiles.children(config, "forms"))
            {
                for (Element form : ModuleFiles.children(formsElement, "form"))
                {
                    forms.add(new Form(config.getAttribute("evaluator"), config.getAttribute("condition"), form));
                }
            }
        }
        return forms;
    }

    List<Form> forms(String evaluator, String condition)
    {
        List<Form> result = new ArrayList<>();
        for (Form form : forms())
        {
            if (form.evaluator.equals(evaluator) && form.condition.equals(condition))
            {
                result.add(form);
            }
        }
        return result;
    }

    Form form(String evaluator, String condition, String id)
    {
        return forms(evaluator, condition).stream().filter(f -> f.id.equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError("No form '" + id + "' for " + evaluator + " " + condition));
    }

    /** The config section for a string-compare condition such as DocumentLibrary or DocLibActions. */
    List<Element> section(String condition)
    {
        List<Element> result = new ArrayList<>();
        for (Element config : configs())
        {
            if (config.getAttribute("condition").equals(condition))
            {
                result.add(config);
            }
        }
        return result;
    }
}
