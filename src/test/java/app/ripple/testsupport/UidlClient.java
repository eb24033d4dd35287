package app.ripple.testsupport;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A browser reduced to Vaadin's own protocol over HTTP, for the benchmarks: it keeps the cookies, the
 * UI id, the UIDL CSRF token, the last {@code syncId} the server sent and the next {@code clientId},
 * and the state-node id of every component that has an id, so it can click what a user would tap.
 * It fails on any HTTP error and on any resynchronisation the server asks for. Not thread-safe: one
 * client per virtual user.
 */
public class UidlClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":100,\"event.clientY\":100,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":100,\"event.screenX\":100}";

    private final HttpClient http;
    private final String base;
    private final boolean gzip;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** Component id to state-node id, from the changes the server sent. */
    private final Map<String, Integer> nodes = new HashMap<>();
    private final Map<Integer, String> ids = new HashMap<>();
    /** Node to the markup the server set as its content (the kiosk's grids of plain buttons). */
    private final Map<Integer, String> markup = new HashMap<>();
    /** "node attribute" to value, for the {@code data-} attributes the server sent. */
    private final Map<String, String> attributes = new HashMap<>();
    private int uiId;
    private String csrf = "";
    private int syncId;
    private int clientId;
    private int promise;
    private String lastResponse = "";

    /** @param gzip ask for compressed responses, as a browser does */
    public UidlClient(HttpClient http, int port, boolean gzip) {
        this.http = http;
        this.base = "http://localhost:" + port;
        this.gzip = gzip;
    }

    public UidlClient cookie(String name, String value) {
        cookies.put(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
        return this;
    }

    /** Signs in through the staff login form (with Spring Security's CSRF token from the page). */
    public UidlClient signIn(String email, String password) throws Exception {
        HttpResponse<String> page = send(get("/login"));
        String token = meta(page.body(), "_csrf");
        String header = meta(page.body(), "_csrf_header");
        String parameter = meta(page.body(), "_csrf_parameter");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&" + (parameter == null ? "_csrf" : parameter) + "=" + token);
        HttpRequest.Builder post = request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null && header != null) {
            post.header(header, token);
        }
        HttpResponse<String> r = send(post.build());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("sign-in failed: HTTP " + r.statusCode() + " " + location + " " + r.body());
        }
        return this;
    }

    /** Bootstraps a UI for {@code route} ({@code v-r=init}) as a window of the given size. */
    public UidlClient init(String route, int width, int height) throws Exception {
        HttpResponse<String> r = send(get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=&v-sw=" + width + "&v-sh=" + height + "&v-wn=bench&v-td=true"));
        JsonNode appConfig = JSON.readTree(r.body()).path("appConfig");
        uiId = appConfig.path("v-uiId").asInt();
        // A new UI counts its messages from 0 (matters when a client re-opens after its node died).
        clientId = 0;
        promise = 0;
        nodes.clear();
        ids.clear();
        attributes.clear();
        markup.clear();
        JsonNode uidl = appConfig.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt(0);
        readIds(uidl);
        if (csrf.isEmpty() || !cookies.containsKey("JSESSIONID")) {
            throw new AssertionError("unexpected init response: " + r.body());
        }
        return this;
    }

    /** What the router sends when the browser shows {@code route}. */
    public void navigate(String route) throws Exception {
        send("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
    }

    /** A tap on the component with this id. */
    public void click(String id) throws Exception {
        send("{\"type\":\"event\",\"node\":" + node(id) + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}");
    }

    /** A call of a {@code @ClientCallable} method of the component with this id. */
    public void call(String id, String method) throws Exception {
        call(id, method, "");
    }

    /**
     * A call of a {@code @ClientCallable} method with arguments, given as the inside of a JSON array
     * (e.g. {@code 12,"cat"}); the method's answer is in {@link #lastResponse()}.
     */
    public void call(String id, String method, String jsonArguments) throws Exception {
        send("{\"type\":\"publishedEventHandler\",\"node\":" + node(id) + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":[" + jsonArguments + "],\"promise\":" + (promise++) + "}");
    }

    /** Sends one UIDL request with this RPC invocation and reads the answer. */
    public void send(String rpc) throws Exception {
        String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpRequest.Builder builder = request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (gzip) {
            builder.header("Accept-Encoding", "gzip");
        }
        long t0 = System.nanoTime();
        HttpResponse<byte[]> raw = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        String text = raw.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent()
                ? new String(new GZIPInputStream(new ByteArrayInputStream(raw.body())).readAllBytes(), StandardCharsets.UTF_8)
                : new String(raw.body(), StandardCharsets.UTF_8);
        answered(System.nanoTime() - t0, raw.body().length);
        keepCookies(raw);
        if (raw.statusCode() != 200) {
            throw new AssertionError("HTTP " + raw.statusCode() + ": " + text);
        }
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        lastResponse = text;
        JsonNode json = JSON.readTree(text);
        JsonNode message = json.isArray() ? json.get(0) : json;
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (text.contains("\"resynchronize\"")) {
            throw new AssertionError("the server asked for a resynchronization: " + text);
        }
        clientId++;
        readIds(message);
    }

    /** Called after every UIDL round trip with its time and the bytes on the wire (for benchmarks to count). */
    protected void answered(long nanos, int wireBytes) {
    }

    public HttpRequest get(String path) {
        return request(path).GET().build();
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        keepCookies(r);
        return r;
    }

    /** The value of a cookie the client holds (e.g. {@code JSESSIONID}), or null. */
    public @Nullable String cookieValue(String name) {
        return cookies.get(name);
    }

    public String lastResponse() {
        return lastResponse;
    }

    /** Fails unless the last answer mentions {@code text} (e.g. the id of the screen expected next). */
    public void expect(String text) {
        if (!lastResponse.contains(text)) {
            throw new AssertionError("expected " + text + " in " + lastResponse);
        }
    }

    /** Drops what a real client need not keep (the last answer and the ids seen so far), e.g. before measuring heap. */
    public void forget() {
        lastResponse = "";
        nodes.clear();
        ids.clear();
        attributes.clear();
        markup.clear();
    }

    /**
     * An attribute of an element the server sent as markup (inside some element's {@code innerHTML}),
     * found by the element's id, e.g. a kiosk act card's {@code data-challenge}.
     */
    public @Nullable String markupAttribute(String id, String name) {
        Pattern p = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*?\\s" + Pattern.quote(name) + "=\"([^\"]*)\"");
        for (String html : markup.values()) {
            Matcher m = p.matcher(html);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The last value the server gave the attribute {@code name} (e.g. {@code data-challenge}) of the component with this id. */
    public @Nullable String attribute(String id, String name) {
        return attributes.get(node(id) + " " + name);
    }

    public int node(String id) {
        Integer n = nodes.get(id);
        if (n == null) {
            throw new AssertionError("no component " + id + " in " + lastResponse);
        }
        return n;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", header.toString());
        }
        return b;
    }

    private void keepCookies(HttpResponse<?> r) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            int eq = c.indexOf('=');
            int end = c.indexOf(';');
            String value = c.substring(eq + 1, end < 0 ? c.length() : end);
            if (value.isEmpty() || c.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                // The server dropped it (e.g. a draining node drops the load balancer's sticky cookie).
                cookies.remove(c.substring(0, eq));
            } else {
                cookies.put(c.substring(0, eq), value);
            }
        }
    }

    private void readIds(JsonNode message) {
        for (JsonNode change : message.path("changes")) {
            if ("put".equals(change.path("type").asString()) && "id".equals(change.path("key").asString())) {
                nodes.put(change.path("value").asString(), change.path("node").asInt());
                ids.put(change.path("node").asInt(), change.path("value").asString());
            } else if ("put".equals(change.path("type").asString()) && "innerHTML".equals(change.path("key").asString())) {
                markup.put(change.path("node").asInt(), change.path("value").asString());
            } else if ("put".equals(change.path("type").asString()) && change.path("key").asString().startsWith("data-")) {
                attributes.put(change.path("node").asInt() + " " + change.path("key").asString(), change.path("value").asString());
            }
        }
    }

    private static @Nullable String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
