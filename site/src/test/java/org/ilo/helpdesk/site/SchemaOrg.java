package org.ilo.helpdesk.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The schema.org types the site's JSON-LD uses, with the properties each may carry (from schema.org:
 * the type's own properties and those inherited from Thing, CreativeWork, WebPage, ItemList) and the
 * properties that search engines require for the rich result. Checks a JSON-LD tree against them.
 */
final class SchemaOrg {

    private record Type(Set<String> allowed, Set<String> required, Map<String, String> expectedTypes) {
    }

    private static final Set<String> THING = Set.of("name", "url", "description", "sameAs", "identifier", "image");
    private static final Map<String, Type> TYPES = Map.of(
            "FAQPage", new Type(union(THING, Set.of("mainEntity", "inLanguage", "breadcrumb", "dateModified", "datePublished")),
                    Set.of("mainEntity"), Map.of("mainEntity", "Question")),
            "Question", new Type(union(THING, Set.of("acceptedAnswer", "suggestedAnswer", "answerCount", "inLanguage", "text")),
                    Set.of("name", "acceptedAnswer"), Map.of("acceptedAnswer", "Answer")),
            "Answer", new Type(union(THING, Set.of("text", "inLanguage", "upvoteCount")), Set.of("text"), Map.of()),
            "BreadcrumbList", new Type(union(THING, Set.of("itemListElement", "numberOfItems", "itemListOrder")),
                    Set.of("itemListElement"), Map.of("itemListElement", "ListItem")),
            "ListItem", new Type(union(THING, Set.of("position", "item", "nextItem", "previousItem")),
                    Set.of("position", "name", "item"), Map.of()),
            "Organization", new Type(union(THING, Set.of("email", "address", "parentOrganization", "logo", "telephone", "legalName")),
                    Set.of("name", "url"), Map.of("address", "PostalAddress", "parentOrganization", "Organization")),
            "PostalAddress", new Type(union(THING, Set.of("streetAddress", "postalCode", "addressLocality", "addressRegion",
                    "addressCountry")), Set.of("addressCountry"), Map.of()),
            "WebSite", new Type(union(THING, Set.of("inLanguage", "publisher", "potentialAction")), Set.of("name", "url"), Map.of()));

    private SchemaOrg() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Every problem of a JSON-LD document: unknown types, properties not defined for a type, missing required ones. */
    static List<String> problems(JsonObject root) {
        List<String> problems = new ArrayList<>();
        if (!new JsonPrimitive("https://schema.org").equals(root.get("@context"))) {
            problems.add("@context is not https://schema.org");
        }
        JsonElement graph = root.get("@graph");
        if (graph == null || !graph.isJsonArray()) {
            problems.add("no @graph array");
            return problems;
        }
        for (JsonElement node : graph.getAsJsonArray()) {
            check(node, null, "@graph", problems);
        }
        return problems;
    }

    private static void check(JsonElement element, String expectedType, String path, List<String> problems) {
        if (!element.isJsonObject()) {
            problems.add(path + ": expected an object");
            return;
        }
        JsonObject object = element.getAsJsonObject();
        String type = object.has("@type") ? object.get("@type").getAsString() : null;
        Type definition = type == null ? null : TYPES.get(type);
        if (definition == null) {
            problems.add(path + ": unknown @type " + type);
            return;
        }
        if (expectedType != null && !expectedType.equals(type)) {
            problems.add(path + ": expected " + expectedType + ", found " + type);
        }
        for (String property : definition.required()) {
            if (!object.has(property) || isBlank(object.get(property))) {
                problems.add(path + ": " + type + " lacks " + property);
            }
        }
        for (Map.Entry<String, JsonElement> property : object.entrySet()) {
            String name = property.getKey();
            if (name.equals("@type")) {
                continue;
            }
            if (!definition.allowed().contains(name)) {
                problems.add(path + ": " + type + " has no property " + name);
                continue;
            }
            String nested = definition.expectedTypes().get(name);
            if (nested != null) {
                JsonElement value = property.getValue();
                JsonArray values = value.isJsonArray() ? value.getAsJsonArray() : single(value);
                for (int i = 0; i < values.size(); i++) {
                    check(values.get(i), nested, path + "." + name + "[" + i + "]", problems);
                }
            }
        }
    }

    private static boolean isBlank(JsonElement value) {
        return value.isJsonNull() || (value.isJsonPrimitive() && value.getAsString().isBlank())
                || (value.isJsonArray() && value.getAsJsonArray().isEmpty());
    }

    private static JsonArray single(JsonElement value) {
        JsonArray array = new JsonArray();
        array.add(value);
        return array;
    }
}
