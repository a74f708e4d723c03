package org.ilo.helpdesk.ssg.templates;

import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.ilo.helpdesk.ssg.markdown.QuestionBlock;

/**
 * schema.org structured data as JSON-LD, built as a JSON tree from the model and serialised by Gson,
 * which escapes {@code <} and {@code >} so that the text can never close its {@code <script>} element.
 */
public final class StructuredData {

    private static final Gson GSON = new GsonBuilder().create();

    /** A name and the absolute URL it leads to, for breadcrumbs. */
    public record Crumb(String name, String url) {
    }

    private final JsonArray graph = new JsonArray();

    public StructuredData breadcrumbs(List<Crumb> crumbs) {
        if (crumbs.isEmpty()) {
            return this;
        }
        JsonObject list = typed("BreadcrumbList");
        JsonArray items = new JsonArray();
        for (int i = 0; i < crumbs.size(); i++) {
            JsonObject item = typed("ListItem");
            item.addProperty("position", i + 1);
            item.addProperty("name", crumbs.get(i).name());
            item.addProperty("item", crumbs.get(i).url());
            items.add(item);
        }
        list.add("itemListElement", items);
        graph.add(list);
        return this;
    }

    /** A Q&A page: every question with the text of its answer. */
    public StructuredData faq(String name, String url, String language, List<QuestionBlock> questions) {
        JsonObject faq = typed("FAQPage");
        faq.addProperty("name", name);
        faq.addProperty("url", url);
        faq.addProperty("inLanguage", language);
        JsonArray entities = new JsonArray();
        for (QuestionBlock question : questions) {
            JsonObject item = typed("Question");
            item.addProperty("name", question.text());
            item.addProperty("url", url + "#" + question.id());
            JsonObject answer = typed("Answer");
            answer.addProperty("text", question.answerText());
            item.add("acceptedAnswer", answer);
            entities.add(item);
        }
        faq.add("mainEntity", entities);
        graph.add(faq);
        return this;
    }

    /** The home page: the organisation behind the site, and the site itself. */
    public StructuredData organizationAndWebSite(Map<String, String> organization, String siteName, String url, String language) {
        if (!organization.isEmpty()) {
            JsonObject org = typed("Organization");
            org.addProperty("name", organization.getOrDefault("name", siteName));
            org.addProperty("url", organization.getOrDefault("url", url));
            if (organization.containsKey("email")) {
                org.addProperty("email", organization.get("email"));
            }
            if (organization.containsKey("streetAddress")) {
                JsonObject address = typed("PostalAddress");
                for (String key : List.of("streetAddress", "postalCode", "addressLocality", "addressCountry")) {
                    if (organization.containsKey(key)) {
                        address.addProperty(key, organization.get(key));
                    }
                }
                org.add("address", address);
            }
            if (organization.containsKey("parentName")) {
                JsonObject parent = typed("Organization");
                parent.addProperty("name", organization.get("parentName"));
                if (organization.containsKey("parentUrl")) {
                    parent.addProperty("url", organization.get("parentUrl"));
                }
                org.add("parentOrganization", parent);
            }
            graph.add(org);
        }
        JsonObject site = typed("WebSite");
        site.addProperty("name", siteName);
        site.addProperty("url", url);
        site.addProperty("inLanguage", language);
        graph.add(site);
        return this;
    }

    public boolean isEmpty() {
        return graph.isEmpty();
    }

    public String json() {
        JsonObject root = new JsonObject();
        root.addProperty("@context", "https://schema.org");
        root.add("@graph", graph);
        return GSON.toJson(root);
    }

    private static JsonObject typed(String type) {
        JsonObject object = new JsonObject();
        object.addProperty("@type", type);
        return object;
    }
}
