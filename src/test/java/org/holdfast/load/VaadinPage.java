package org.holdfast.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a browser's Flow client keeps of one Vaadin UI, for one virtual user: the UI id, the CSRF token
 * (Vaadin-Security-Key), the sync and client ids that every UIDL request must carry, and the element tree built from
 * the {@code changes} of each response, so that fields and buttons are found by their label or text as a person finds
 * them, never by a node id fixed in advance (ids change with every page and with the code).
 */
final class VaadinPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One element (or text node) of the tree, as far as the harness needs it. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /**
     * Links drawn by a grid's LitRenderer: the browser fills the template from each row's data, so the address and the
     * text arrive as the row's {@code lr_<renderer>_record} and {@code lr_<renderer>_name} properties, not as elements.
     */
    private final Map<String, String> rowLinks = new LinkedHashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private String lastResponse = "";
    private String route = "";

    /** Reads the answer to {@code ?v-r=init}: a new UI, so everything known of the previous one is dropped. */
    void init(String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            nodes.clear();
            constants.clear();
            rowLinks.clear();
            uiId = config.path("v-uiId").asInt();
            JsonNode uidl = config.path("uidl");
            csrfToken = uidl.path("Vaadin-Security-Key").asText();
            apply(uidl);
            lastResponse = body;
        } catch (Exception e) {
            throw new IllegalStateException("Not a Vaadin init answer: " + abbreviate(body), e);
        }
    }

    /**
     * Reads a UIDL answer and says what was wrong with it, if anything: a session that ended, a UI the server no
     * longer knows, an error of the application, or a request out of sync all count as errors of the run.
     */
    Optional<String> response(String body) {
        lastResponse = body;
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode uidl = root.isArray() ? root.path(0) : root;
            JsonNode meta = uidl.path("meta");
            if (meta.path("sessionExpired").asBoolean(false)) {
                return Optional.of("session expired");
            }
            if (meta.has("appError")) {
                return Optional.of("application error " + abbreviate(meta.path("appError").toString()));
            }
            if (uidl.has("redirect")) {
                return Optional.of("redirected to " + uidl.path("redirect").path("url").asText());
            }
            if (!uidl.has("syncId")) {
                return Optional.of("no syncId in " + abbreviate(json));
            }
            apply(uidl);
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of("unreadable UIDL answer " + abbreviate(body));
        }
    }

    private void apply(JsonNode uidl) {
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        collectRowLinks(uidl.path("execute"));
        for (JsonNode change : uidl.path("changes")) {
            Node node = nodes.computeIfAbsent(change.path("node").asInt(), Node::new);
            int feature = change.path("feat").asInt(-1);
            String type = change.path("type").asText();
            if ("put".equals(type)) {
                String key = change.path("key").asText();
                JsonNode value = change.has("value") ? change.get("value") : change.path("nodeValue");
                switch (feature) {
                    case 0 -> {
                        if ("tag".equals(key)) {
                            node.tag = value.asText();
                        }
                    }
                    case 1 -> node.properties.put(key, value);
                    // A download handler's address comes as {"uri": ...}, a plain attribute as text.
                    case 3 -> node.attributes.put(key, value.has("uri") ? value.path("uri").asText() : value.asText());
                    case 4 -> node.listeners.put(key, value.asText());
                    case 7 -> {
                        if ("text".equals(key)) {
                            node.text = value.asText();
                        }
                    }
                    default -> {
                    }
                }
            } else if ("splice".equals(type) && feature == 2) {
                int index = change.path("index").asInt();
                int remove = change.path("remove").asInt(0);
                for (int i = 0; i < remove && index < node.children.size(); i++) {
                    node.children.remove(index);
                }
                List<Integer> added = new ArrayList<>();
                change.path("addNodes").forEach(n -> added.add(n.asInt()));
                node.children.addAll(Math.min(index, node.children.size()), added);
            } else if ("clear".equals(type) && feature == 2) {
                node.children.clear();
            } else if ("detach".equals(type)) {
                nodes.remove(node.id);
            }
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
    }

    /** The route last asked for: navigating to the page one is on changes nothing, so a journey checks first. */
    String route() {
        return route;
    }

    void landedOn(String route) {
        this.route = route;
    }

    int uiId() {
        return uiId;
    }

    String lastResponse() {
        return lastResponse;
    }

    /** The text a person would read inside a node: its own text and its children's. */
    String text(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(node.text == null ? "" : node.text);
        for (int child : node.children) {
            text.append(text(child));
        }
        return text.toString();
    }

    /** The element of that tag whose label, or whose text, is the given one. */
    int find(String tag, String labelOrText) {
        return first(n -> tag.equals(n.tag) && (labelOrText.equals(property(n, "label"))
                || labelOrText.equals(text(n.id).strip())))
                .orElseThrow(() -> new IllegalStateException("No " + tag + " \"" + labelOrText + "\" on the page"));
    }

    /** The item value of a radio button group's option, by the option's text. */
    String option(int group, String optionText) {
        for (Node n : nodes.values()) {
            if ("vaadin-radio-button".equals(n.tag) && optionText.equals(text(n.id).strip()) && isInside(n.id, group)) {
                return property(n, "value");
            }
        }
        throw new IllegalStateException("No option \"" + optionText + "\" in group " + group);
    }

    private boolean isInside(int id, int ancestor) {
        Node a = nodes.get(ancestor);
        return a != null && (a.children.contains(id) || a.children.stream().anyMatch(c -> isInside(id, c)));
    }

    Optional<Integer> first(Predicate<Node> test) {
        return nodes.values().stream().filter(test).map(n -> n.id).sorted().findFirst();
    }

    /** The links to a client's record on the page (the caseload's names): href to text. */
    Map<String, String> links(String hrefPattern) {
        Map<String, String> links = new LinkedHashMap<>();
        nodes.values().stream().filter(n -> "a".equals(n.tag) && n.attributes.getOrDefault("href", "").matches(hrefPattern))
                .sorted((a, b) -> Integer.compare(a.id, b.id))
                .forEach(n -> links.put(n.attributes.get("href"), text(n.id).strip()));
        rowLinks.forEach((href, text) -> {
            if (href.matches(hrefPattern)) {
                links.put(href, text);
            }
        });
        return links;
    }

    /** Grid rows (a grid's items travel in the answer's JavaScript calls) whose data names a link and its text. */
    private void collectRowLinks(JsonNode json) {
        if (json.isObject()) {
            String href = null;
            String text = null;
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                if (e.getKey().matches("lr_[0-9a-f]+_record")) {
                    href = e.getValue().asText();
                } else if (e.getKey().matches("lr_[0-9a-f]+_name")) {
                    text = e.getValue().asText();
                }
            }
            if (href != null && text != null) {
                rowLinks.put(href, text);
            }
        }
        json.forEach(this::collectRowLinks);
    }

    /** The addresses of the links that contain the given part (e.g. a download handler's). */
    List<String> hrefs(String part) {
        return nodes.values().stream().map(n -> n.attributes.getOrDefault("href", "")).filter(h -> h.contains(part))
                .toList();
    }

    static String property(Node n, String key) {
        JsonNode value = n.properties.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    // ---- UIDL request bodies ----

    /** A router link's click or a typed address: the client's ui-navigate event on the UI's root node. */
    String navigate(String route) {
        this.route = route;
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return request(event(1, "ui-navigate", data));
    }

    /** A click on a button, with the mouse details a browser sends. */
    String click(int node) {
        return request(event(node, "click", eventData(node, "click", Map.of())));
    }

    /**
     * A field given a value as a browser gives it: the property synchronised, then the events that carry it
     * ({@code change}, {@code value-changed}), with the property also inside their data as Flow 25 sends it.
     */
    String values(Map<Integer, String> values) {
        List<ObjectNode> rpc = new ArrayList<>();
        values.forEach((node, value) -> {
            rpc.add(JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                    .put("property", "value").put("value", value));
            Node n = nodes.get(node);
            for (String event : n.listeners.keySet()) {
                JsonNode spec = constants.get(n.listeners.get(event));
                if (spec != null && spec.has("}value")) {
                    rpc.add(event(node, event, eventData(node, event, Map.of("value", value, "_inputElementValue", value))));
                }
            }
        });
        return request(rpc.toArray(ObjectNode[]::new));
    }

    /** Nothing to say: asks for what the server has queued for this UI (a report finished in the background). */
    String poll() {
        return request();
    }

    private ObjectNode eventData(int node, String event, Map<String, String> values) {
        ObjectNode data = JSON.createObjectNode();
        Node n = nodes.get(node);
        JsonNode spec = n == null ? null : constants.get(n.listeners.get(event));
        if (spec == null) {
            return data;
        }
        spec.properties().forEach(e -> {
            String key = e.getKey();
            if (key.startsWith("}")) {
                String property = key.substring(1);
                String value = values.containsKey(property) ? values.get(property) : property(n, property);
                data.put(key, value);
            } else if (key.endsWith("Key")) {
                data.put(key, false);
            } else {
                data.put(key, "event.detail".equals(key) ? 1 : 0);
            }
        });
        return data;
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private String request(ObjectNode... invocations) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        return body.toString();
    }

    static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
