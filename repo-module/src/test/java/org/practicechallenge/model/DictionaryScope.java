package org.practicechallenge.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.practicechallenge.model.DictionaryModel.ClassDefinition;
import org.practicechallenge.model.DictionaryModel.ClassKind;
import org.practicechallenge.model.DictionaryModel.Constraint;
import org.practicechallenge.model.DictionaryModel.Property;

/**
 * The models a repository would hold side by side (Alfresco's core models plus ours), and the checks Alfresco's
 * dictionary makes when it compiles one of them: every name it refers to must be defined somewhere in scope
 * under a prefix the model knows, with the right kind. Each check returns readable problems; empty means fine.
 */
final class DictionaryScope {

    enum Kind { TYPE, ASPECT, PROPERTY, CONSTRAINT, DATA_TYPE }

    private static final Set<String> CONSTRAINT_TYPES = Set.of("LIST", "REGEX", "MINMAX", "LENGTH", "REGISTERED");
    private static final Pattern JAVA_CLASS_NAME = Pattern.compile("([a-z_][\\w]*\\.)+[A-Z][\\w$]*");

    private record Definition(Kind kind, DictionaryModel model, Object value) {
    }

    private final Map<String, Definition> definitions = new HashMap<>();
    private final Map<String, DictionaryModel> declaringModelByUri = new HashMap<>();

    private DictionaryScope(Collection<DictionaryModel> models) {
        for (DictionaryModel model : models) {
            model.namespaces().values().forEach(uri -> declaringModelByUri.putIfAbsent(uri, model));
            model.dataTypes().forEach(n -> define(model, n, Kind.DATA_TYPE, n));
            model.allConstraints().stream().filter(c -> c.name() != null).forEach(c -> define(model, c.name(), Kind.CONSTRAINT, c));
            for (ClassDefinition c : model.classes()) {
                define(model, c.name(), c.kind() == ClassKind.TYPE ? Kind.TYPE : Kind.ASPECT, c);
                c.properties().forEach(p -> define(model, p.name(), Kind.PROPERTY, p));
            }
        }
    }

    static DictionaryScope of(Collection<DictionaryModel> models) {
        return new DictionaryScope(models);
    }

    private void define(DictionaryModel model, String prefixedName, Kind kind, Object value) {
        model.expand(prefixedName).ifPresent(expanded -> definitions.putIfAbsent(expanded, new Definition(kind, model, value)));
    }

    /** Parents, mandatory aspects, data types, constraint refs, overrides, association targets and prefixes. */
    List<String> unresolvedReferencesIn(DictionaryModel model) {
        List<String> problems = new ArrayList<>();
        String where = model.source();
        Set<String> ownUris = new HashSet<>(model.namespaces().values());
        for (String defined : model.definedNames()) {
            Optional<String> expanded = model.expand(defined);
            if (expanded.isEmpty()) {
                problems.add(where + ": " + quoted(defined) + " uses a prefix the model neither declares nor imports");
            } else if (!ownUris.contains(uriOf(expanded.get()))) {
                problems.add(where + ": " + quoted(defined) + " is defined outside the model's own namespaces");
            }
        }
        for (Constraint c : model.constraints()) {
            requireConstraintRef(model, where + ": constraint " + c.name(), c, problems);
        }
        for (ClassDefinition c : model.classes()) {
            String owner = where + ": " + c.kind().name().toLowerCase() + " " + c.name();
            if (c.parent() != null) {
                require(model, owner + " parent", c.parent(), problems, c.kind() == ClassKind.TYPE ? Kind.TYPE : Kind.ASPECT);
            }
            c.mandatoryAspects().forEach(a -> require(model, owner + " mandatory aspect", a, problems, Kind.ASPECT));
            c.associationTargets().forEach(t -> require(model, owner + " association target", t, problems, Kind.TYPE, Kind.ASPECT));
            for (Property p : c.properties()) {
                String propertyOwner = owner + " property " + p.name();
                require(model, propertyOwner + " type", p.dataType(), problems, Kind.DATA_TYPE);
                p.constraints().forEach(k -> requireConstraintRef(model, propertyOwner, k, problems));
            }
            Set<String> inherited = c.parent() == null ? Set.of()
                    : model.expand(c.parent()).map(this::ancestryProperties).map(Map::keySet).orElse(Set.of());
            for (DictionaryModel.PropertyOverride o : c.overrides()) {
                Optional<String> expanded = model.expand(o.name());
                if (expanded.isEmpty()) {
                    problems.add(owner + " overrides " + quoted(o.name()) + ", whose prefix the model neither declares nor imports");
                } else if (!inherited.contains(expanded.get())) {
                    problems.add(owner + " overrides " + quoted(o.name()) + ", which none of its parents defines");
                }
                o.constraints().forEach(k -> requireConstraintRef(model, owner + " override " + o.name(), k, problems));
            }
        }
        return problems;
    }

    /** Each import must name a namespace some model in scope declares, under the prefix that model gives it. */
    List<String> importMismatchesIn(DictionaryModel model) {
        List<String> problems = new ArrayList<>();
        model.imports().forEach((prefix, uri) -> {
            DictionaryModel declaring = declaringModelByUri.get(uri);
            if (declaring == null) {
                problems.add(model.source() + ": imports " + uri + " as '" + prefix
                        + "', but no model in the dictionary folder or the project declares that namespace");
                return;
            }
            String declaredPrefix = declaring.namespaces().entrySet().stream()
                    .filter(e -> e.getValue().equals(uri)).map(Map.Entry::getKey).findFirst().orElseThrow();
            if (!declaredPrefix.equals(prefix)) {
                problems.add(model.source() + ": imports " + uri + " as '" + prefix + "', but " + declaring.name()
                        + " declares it as '" + declaredPrefix + "'");
            }
        });
        return problems;
    }

    /** Constraint definitions that Alfresco could not build, and defaults its constraints would refuse. */
    List<String> constraintProblemsIn(DictionaryModel model) {
        List<String> problems = new ArrayList<>();
        for (Constraint c : model.allConstraints()) {
            String label = model.source() + ": constraint " + (c.name() != null ? c.name() : "ref=" + c.ref());
            if ((c.ref() == null) == (c.type() == null)) {
                problems.add(label + " must have exactly one of 'type' and 'ref'");
                continue;
            }
            if (c.type() == null) {
                continue;
            }
            if (!CONSTRAINT_TYPES.contains(c.type()) && !JAVA_CLASS_NAME.matcher(c.type()).matches()) {
                problems.add(label + " has unknown type " + c.type());
            }
            switch (c.type()) {
                case "LIST" -> {
                    List<String> values = c.allowedValues();
                    if (values.isEmpty()) {
                        problems.add(label + " lists no allowed values");
                    }
                    Set<String> repeated = values.stream().filter(v -> values.indexOf(v) != values.lastIndexOf(v)).collect(Collectors.toSet());
                    if (!repeated.isEmpty()) {
                        problems.add(label + " lists " + repeated + " more than once");
                    }
                }
                case "REGEX" -> {
                    Optional<String> expression = c.parameter("expression");
                    if (expression.isEmpty()) {
                        problems.add(label + " has no expression");
                    } else {
                        try {
                            Pattern.compile(expression.get());
                        } catch (PatternSyntaxException e) {
                            problems.add(label + " has an expression Java cannot compile: " + e.getDescription());
                        }
                    }
                }
                default -> {
                }
            }
        }
        for (Property p : model.properties()) {
            for (Constraint c : p.constraints()) {
                Optional<Constraint> resolved = resolve(model, c);
                if (resolved.isEmpty()) {
                    continue;
                }
                Constraint k = resolved.get();
                String label = model.source() + ": property " + p.name();
                if ("LIST".equals(k.type()) && isWholeNumberType(p.dataType())) {
                    k.allowedValues().stream().filter(v -> !v.matches("-?\\d+"))
                            .forEach(v -> problems.add(label + " is " + p.dataType() + " but its list allows '" + v + "'"));
                }
                if (p.defaultValue() == null) {
                    continue;
                }
                if ("LIST".equals(k.type()) && !k.allowedValues().contains(p.defaultValue())) {
                    problems.add(label + " defaults to '" + p.defaultValue() + "', which " + k.name() + " does not allow");
                }
                if ("REGEX".equals(k.type()) && k.parameter("expression").isPresent()) {
                    boolean requiresMatch = !"false".equals(k.parameter("requiresMatch").orElse("true"));
                    if (Pattern.matches(k.parameter("expression").get(), p.defaultValue()) != requiresMatch) {
                        problems.add(label + " defaults to '" + p.defaultValue() + "', which " + k.name() + " refuses");
                    }
                }
            }
            if (p.defaultValue() != null && "d:boolean".equals(p.dataType()) && !p.defaultValue().matches("true|false")) {
                problems.add(model.source() + ": property " + p.name() + " is d:boolean but defaults to '" + p.defaultValue() + "'");
            }
            if (p.defaultValue() != null && isWholeNumberType(p.dataType()) && !p.defaultValue().matches("-?\\d+")) {
                problems.add(model.source() + ": property " + p.name() + " is " + p.dataType() + " but defaults to '" + p.defaultValue() + "'");
            }
        }
        return problems;
    }

    /** Follows a {@code ref} to the constraint it names; an inline or named constraint is itself. */
    Optional<Constraint> resolve(DictionaryModel model, Constraint constraint) {
        if (constraint.ref() == null) {
            return Optional.of(constraint);
        }
        return model.expand(constraint.ref()).map(definitions::get)
                .filter(d -> d.kind() == Kind.CONSTRAINT)
                .map(d -> (Constraint) d.value())
                .flatMap(k -> resolve(definitionModel(constraint, model), k));
    }

    /** Whether the class {@code {uri}local} is, or descends from, {@code ancestor} (also {@code {uri}local}). */
    boolean isA(String expandedClass, String expandedAncestor) {
        Set<String> seen = new HashSet<>();
        String current = expandedClass;
        while (current != null && seen.add(current)) {
            if (current.equals(expandedAncestor)) {
                return true;
            }
            current = parentOf(current).orElse(null);
        }
        return false;
    }

    Optional<Kind> kindOf(String expandedName) {
        return Optional.ofNullable(definitions.get(expandedName)).map(Definition::kind);
    }

    /**
     * The properties a class carries: its own, its ancestors', and those of its and their mandatory aspects,
     * keyed {@code {uri}local}.
     */
    Map<String, Property> propertiesOf(String expandedClass) {
        Map<String, Property> found = new LinkedHashMap<>();
        collectProperties(expandedClass, found, new HashSet<>(), true);
        return found;
    }

    private Map<String, Property> ancestryProperties(String expandedClass) {
        Map<String, Property> found = new LinkedHashMap<>();
        collectProperties(expandedClass, found, new HashSet<>(), false);
        return found;
    }

    private void collectProperties(String expandedClass, Map<String, Property> found, Set<String> visited, boolean withAspects) {
        Definition d = definitions.get(expandedClass);
        if (d == null || !(d.value() instanceof ClassDefinition c) || !visited.add(expandedClass)) {
            return;
        }
        c.properties().forEach(p -> d.model().expand(p.name()).ifPresent(n -> found.put(n, p)));
        if (c.parent() != null) {
            d.model().expand(c.parent()).ifPresent(parent -> collectProperties(parent, found, visited, withAspects));
        }
        if (withAspects) {
            c.mandatoryAspects().forEach(a -> d.model().expand(a).ifPresent(n -> collectProperties(n, found, visited, true)));
        }
    }

    private Optional<String> parentOf(String expandedClass) {
        Definition d = definitions.get(expandedClass);
        if (d == null || !(d.value() instanceof ClassDefinition c) || c.parent() == null) {
            return Optional.empty();
        }
        return d.model().expand(c.parent());
    }

    private DictionaryModel definitionModel(Constraint constraint, DictionaryModel fallback) {
        return fallback.expand(constraint.ref()).map(definitions::get).map(Definition::model).orElse(fallback);
    }

    private void requireConstraintRef(DictionaryModel model, String owner, Constraint c, List<String> problems) {
        if (c.ref() != null) {
            require(model, owner + " constraint ref", c.ref(), problems, Kind.CONSTRAINT);
        }
    }

    private void require(DictionaryModel model, String owner, String prefixedName, List<String> problems, Kind... kinds) {
        if (prefixedName == null || prefixedName.isBlank()) {
            problems.add(owner + " is empty");
            return;
        }
        Optional<String> expanded = model.expand(prefixedName);
        if (expanded.isEmpty()) {
            problems.add(owner + " " + quoted(prefixedName) + " uses a prefix the model neither declares nor imports");
            return;
        }
        Definition d = definitions.get(expanded.get());
        EnumSet<Kind> wanted = EnumSet.of(kinds[0], kinds);
        if (d == null) {
            problems.add(owner + " " + quoted(prefixedName) + " is not defined in the model, a dictionary model or the project");
        } else if (!wanted.contains(d.kind())) {
            problems.add(owner + " " + quoted(prefixedName) + " is " + withArticle(d.kind())
                    + ", not " + wanted.stream().map(DictionaryScope::withArticle).collect(Collectors.joining(" or ")));
        }
    }

    private static String withArticle(Kind kind) {
        String word = kind.name().toLowerCase().replace('_', ' ');
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static boolean isWholeNumberType(String dataType) {
        return "d:int".equals(dataType) || "d:long".equals(dataType);
    }

    private static String uriOf(String expanded) {
        return expanded.substring(1, expanded.indexOf('}'));
    }

    private static String quoted(String name) {
        return "'" + name + "'";
    }
}
