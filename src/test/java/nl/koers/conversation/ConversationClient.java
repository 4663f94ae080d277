package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;

/** A user of the conversation API, by username, for scripted conversations in tests. */
public final class ConversationClient {

    private final KoersHttp http;
    private final String[] auth;

    public ConversationClient(int port, String username) {
        this.http = KoersHttp.api(port);
        this.auth = KoersHttp.basic(username, "koers");
    }

    public HttpResponse<String> startRaw(String body) {
        return http.send("POST", "/api/conversations", body, headers("Content-Type", "application/json"));
    }

    public DocumentContext start(String type, String employee) {
        HttpResponse<String> response = startRaw(employee == null ? "{\"type\":\"" + type + "\"}"
                : "{\"type\":\"" + type + "\",\"employee\":\"" + employee + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return JsonPath.parse(response.body());
    }

    /** Starts a progress review of the POP of conversation {@code pop}. */
    public DocumentContext start(String type, String employee, String pop) {
        HttpResponse<String> response = startRaw("{\"type\":\"" + type + "\",\"pop\":\"" + pop + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonPath.parse(response.body());
    }

    public HttpResponse<String> sayRaw(String id, String text) {
        String body = "{\"text\":" + quote(text) + "}";
        return http.send("POST", "/api/conversations/" + id + "/messages", body, headers("Content-Type", "application/json"));
    }

    /** Posts a message as {@code speaker}'s answer (the other person in a one-on-one). */
    public HttpResponse<String> sayAsRaw(String id, String text, String speaker) {
        String body = "{\"text\":" + quote(text) + ",\"speaker\":" + quote(speaker) + "}";
        return http.send("POST", "/api/conversations/" + id + "/messages", body, headers("Content-Type", "application/json"));
    }

    /** Posts a message and returns the reply, failing the test when it was not accepted. */
    public DocumentContext say(String id, String text) {
        HttpResponse<String> response = sayRaw(id, text);
        assertThat(response.statusCode()).as("answer '%s': %s", text, response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    public String replyTo(String id, String text) {
        return say(id, text).read("$.reply.text");
    }

    public HttpResponse<String> get(String path, String... extra) {
        return http.get(path, headers(extra));
    }

    public HttpResponse<String> send(String method, String path, String body, String... extra) {
        return http.send(method, path, body, headers(extra));
    }

    public DocumentContext conversation(String id) {
        HttpResponse<String> response = get("/api/conversations/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    public DocumentContext pop(String id) {
        HttpResponse<String> response = get("/api/conversations/" + id + "/pop");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    private String[] headers(String... extra) {
        String[] all = new String[auth.length + extra.length];
        System.arraycopy(auth, 0, all, 0, auth.length);
        System.arraycopy(extra, 0, all, auth.length, extra.length);
        return all;
    }

    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
