package org.practicechallenge.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.practicechallenge.model.DictionaryModel.ClassDefinition;
import org.practicechallenge.model.DictionaryModel.ClassKind;
import org.practicechallenge.model.DictionaryModel.Constraint;
import org.practicechallenge.model.DictionaryModel.Property;

/**
 * The message keys Alfresco looks up for a model (M2Label and ListOfValuesConstraint):
 * {@code <prefix>_<model>.<type|aspect|property|association|constraint>.<prefix>_<name>.<title|description>} and
 * {@code listconstraint.<prefix>_<constraint>.<value>}.
 */
record ModelLabels(DictionaryModel model) {

    /** Every key the model's bundle must hold so no screen falls back to a raw name or code. */
    Set<String> requiredKeys() {
        String base = keyPart(model.name());
        Set<String> keys = new LinkedHashSet<>();
        keys.add(base + ".description");
        for (ClassDefinition c : model.classes()) {
            String kind = c.kind() == ClassKind.TYPE ? "type" : "aspect";
            keys.add(base + "." + kind + "." + keyPart(c.name()) + ".title");
            keys.add(base + "." + kind + "." + keyPart(c.name()) + ".description");
        }
        for (Property p : model.properties()) {
            keys.add(base + ".property." + keyPart(p.name()) + ".title");
            keys.add(base + ".property." + keyPart(p.name()) + ".description");
        }
        for (String a : model.associations()) {
            keys.add(base + ".association." + keyPart(a) + ".title");
            keys.add(base + ".association." + keyPart(a) + ".description");
        }
        for (Constraint c : model.allConstraints()) {
            if (c.name() == null || c.type() == null) {
                continue;
            }
            keys.add(base + ".constraint." + keyPart(c.name()) + ".title");
            keys.add(base + ".constraint." + keyPart(c.name()) + ".description");
            if ("LIST".equals(c.type())) {
                c.allowedValues().forEach(v -> keys.add("listconstraint." + keyPart(c.name()) + "." + v));
            }
        }
        return keys;
    }

    List<String> missingFrom(Properties bundle) {
        List<String> missing = new ArrayList<>();
        for (String key : requiredKeys()) {
            String value = bundle.getProperty(key);
            if (value == null || value.isBlank()) {
                missing.add(key);
            }
        }
        return missing;
    }

    /** Keys in the model's own key space that name nothing the model defines (typos, renamed items). */
    List<String> strayIn(Properties bundle) {
        Set<String> required = requiredKeys();
        String base = keyPart(model.name()) + ".";
        List<String> ownListPrefixes = model.namespaces().keySet().stream().map(p -> "listconstraint." + p + "_").toList();
        List<String> stray = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            boolean ours = key.startsWith(base) || ownListPrefixes.stream().anyMatch(key::startsWith);
            if (ours && !required.contains(key)) {
                stray.add(key);
            }
        }
        stray.sort(null);
        return stray;
    }

    /** {@code pc:stage} as it appears inside a message key: {@code pc_stage}. */
    static String keyPart(String prefixedName) {
        return prefixedName.replace(':', '_');
    }
}
