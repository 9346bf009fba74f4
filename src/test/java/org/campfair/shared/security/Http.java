package org.campfair.shared.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Real HTTP calls to the app under test, with HTTP Basic as "user:password" (password "demo" when left out). */
public record Http(int port) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpResponse<String> get(String path, @Nullable String user) throws Exception {
        return send(request(path, user).GET().build());
    }

    public HttpResponse<String> put(String path, @Nullable String user, String json) throws Exception {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path, @Nullable String user) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":demo";
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }
}
