package org.practicechallenge.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What an Alfresco dictionary model file ({@code <model xmlns="http://www.alfresco.org/model/dictionary/1.0">})
 * declares, read with the JDK's DOM parser. Names stay as written ({@code prefix:local}); {@link #expand} turns
 * them into {@code {uri}local} using this model's own imports and namespaces, as Alfresco does.
 */
final class DictionaryModel {

    static final String DICTIONARY_NAMESPACE = "http://www.alfresco.org/model/dictionary/1.0";

    enum ClassKind { TYPE, ASPECT }

    /** A constraint: named at model level, inline in a property (name may be null), or a {@code ref}. */
    record Constraint(String name, String type, String ref, Map<String, List<String>> parameters) {
        List<String> allowedValues() {
            return parameters.getOrDefault("allowedValues", List.of());
        }

        Optional<String> parameter(String parameterName) {
            List<String> values = parameters.get(parameterName);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    record Property(String name, String dataType, String defaultValue, boolean mandatory, List<Constraint> constraints) {
    }

    record PropertyOverride(String name, String defaultValue, List<Constraint> constraints) {
    }

    record ClassDefinition(ClassKind kind, String name, String parent, List<Property> properties,
                           List<PropertyOverride> overrides, List<String> mandatoryAspects,
                           List<String> associationTargets, List<String> associationNames) {
    }

    private final String source;
    private final String name;
    private final Map<String, String> imports;
    private final Map<String, String> namespaces;
    private final List<String> dataTypes;
    private final List<Constraint> constraints;
    private final List<ClassDefinition> classes;

    private DictionaryModel(String source, Element root) {
        if (!DICTIONARY_NAMESPACE.equals(root.getNamespaceURI()) || !"model".equals(root.getLocalName())) {
            throw new IllegalArgumentException(source + " is not an Alfresco dictionary model");
        }
        this.source = source;
        this.name = root.getAttribute("name");
        this.imports = namespaceList(child(root, "imports"), "import");
        this.namespaces = namespaceList(child(root, "namespaces"), "namespace");
        this.dataTypes = children(child(root, "data-types"), "data-type").stream().map(e -> e.getAttribute("name")).toList();
        this.constraints = children(child(root, "constraints"), "constraint").stream().map(DictionaryModel::constraint).toList();
        List<ClassDefinition> all = new ArrayList<>();
        children(child(root, "types"), "type").forEach(e -> all.add(classDefinition(ClassKind.TYPE, e)));
        children(child(root, "aspects"), "aspect").forEach(e -> all.add(classDefinition(ClassKind.ASPECT, e)));
        this.classes = List.copyOf(all);
    }

    static DictionaryModel parse(String xml, String source) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), source);
    }

    static DictionaryModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DictionaryModel read(InputStream in, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new DictionaryModel(source, factory.newDocumentBuilder().parse(in).getDocumentElement());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException(source + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String source() {
        return source;
    }

    String name() {
        return name;
    }

    /** Imported namespaces, prefix to URI, in file order. */
    Map<String, String> imports() {
        return imports;
    }

    /** The model's own namespaces, prefix to URI, in file order. */
    Map<String, String> namespaces() {
        return namespaces;
    }

    List<String> dataTypes() {
        return dataTypes;
    }

    /** Constraints declared at model level. */
    List<Constraint> constraints() {
        return constraints;
    }

    /** Model-level constraints and every constraint written inside a property or override. */
    List<Constraint> allConstraints() {
        List<Constraint> all = new ArrayList<>(constraints);
        for (ClassDefinition c : classes) {
            c.properties().forEach(p -> all.addAll(p.constraints()));
            c.overrides().forEach(o -> all.addAll(o.constraints()));
        }
        return all;
    }

    List<ClassDefinition> classes() {
        return classes;
    }

    List<ClassDefinition> types() {
        return classes.stream().filter(c -> c.kind() == ClassKind.TYPE).toList();
    }

    List<ClassDefinition> aspects() {
        return classes.stream().filter(c -> c.kind() == ClassKind.ASPECT).toList();
    }

    /** Every association (and child association) name the model's types and aspects declare, as written. */
    List<String> associations() {
        return classes.stream().flatMap(c -> c.associationNames().stream()).toList();
    }

    List<Property> properties() {
        return classes.stream().flatMap(c -> c.properties().stream()).toList();
    }

    Optional<ClassDefinition> classNamed(String prefixedName) {
        return classes.stream().filter(c -> c.name().equals(prefixedName)).findFirst();
    }

    Optional<Property> property(String prefixedName) {
        return properties().stream().filter(p -> p.name().equals(prefixedName)).findFirst();
    }

    Optional<Constraint> constraintNamed(String prefixedName) {
        return allConstraints().stream().filter(c -> prefixedName.equals(c.name())).findFirst();
    }

    /** The URI a prefix stands for here: one of the model's own namespaces or an import. */
    Optional<String> uriOf(String prefix) {
        String uri = namespaces.containsKey(prefix) ? namespaces.get(prefix) : imports.get(prefix);
        return Optional.ofNullable(uri);
    }

    /** {@code prefix:local} as {@code {uri}local}, or empty when the prefix is unknown to this model. */
    Optional<String> expand(String prefixedName) {
        int colon = prefixedName == null ? -1 : prefixedName.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return uriOf(prefixedName.substring(0, colon)).map(uri -> "{" + uri + "}" + prefixedName.substring(colon + 1));
    }

    /** Every name this model defines: the model itself, data types, classes, properties and named constraints. */
    List<String> definedNames() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(dataTypes);
        classes.forEach(c -> names.add(c.name()));
        properties().forEach(p -> names.add(p.name()));
        allConstraints().stream().filter(c -> c.name() != null && c.type() != null).forEach(c -> names.add(c.name()));
        return names;
    }

    /** Names defined more than once; Alfresco refuses to load such a model. */
    Set<String> duplicateNames() {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (String n : definedNames()) {
            if (!seen.add(n)) {
                duplicates.add(n);
            }
        }
        return duplicates;
    }

    @Override
    public String toString() {
        return source + " (" + name + ")";
    }

    private static ClassDefinition classDefinition(ClassKind kind, Element e) {
        List<Property> properties = children(child(e, "properties"), "property").stream().map(DictionaryModel::property).toList();
        List<PropertyOverride> overrides = children(child(e, "overrides"), "property").stream()
                .map(o -> new PropertyOverride(o.getAttribute("name"), text(child(o, "default")), inlineConstraints(o)))
                .toList();
        List<String> mandatoryAspects = children(child(e, "mandatory-aspects"), "aspect").stream().map(DictionaryModel::text).toList();
        Element associations = child(e, "associations");
        List<String> targets = Stream.concat(children(associations, "association").stream(), children(associations, "child-association").stream())
                .map(a -> text(child(child(a, "target"), "class")))
                .toList();
        List<String> associationNames = Stream.concat(children(associations, "association").stream(), children(associations, "child-association").stream())
                .map(a -> a.getAttribute("name"))
                .toList();
        return new ClassDefinition(kind, e.getAttribute("name"), text(child(e, "parent")), properties, overrides, mandatoryAspects, targets,
                associationNames);
    }

    private static Property property(Element e) {
        return new Property(e.getAttribute("name"), text(child(e, "type")), text(child(e, "default")),
                "true".equals(text(child(e, "mandatory"))), inlineConstraints(e));
    }

    private static List<Constraint> inlineConstraints(Element owner) {
        return children(child(owner, "constraints"), "constraint").stream().map(DictionaryModel::constraint).toList();
    }

    private static Constraint constraint(Element e) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Element p : children(e, "parameter")) {
            Element list = child(p, "list");
            List<String> values = list != null
                    ? children(list, "value").stream().map(DictionaryModel::text).toList()
                    : Optional.ofNullable(text(child(p, "value"))).map(List::of).orElse(List.of());
            parameters.put(p.getAttribute("name"), values);
        }
        return new Constraint(attribute(e, "name"), attribute(e, "type"), attribute(e, "ref"), Collections.unmodifiableMap(parameters));
    }

    private static Map<String, String> namespaceList(Element list, String elementName) {
        Map<String, String> byPrefix = new LinkedHashMap<>();
        children(list, elementName).forEach(e -> byPrefix.put(e.getAttribute("prefix"), e.getAttribute("uri")));
        return Collections.unmodifiableMap(byPrefix);
    }

    private static String attribute(Element e, String attributeName) {
        return e.hasAttribute(attributeName) ? e.getAttribute(attributeName) : null;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DICTIONARY_NAMESPACE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
