package io.cinechrome.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Serves a site folder on 127.0.0.1 under a sub-path, like GitHub Pages serves a project site: folders answer
 * with their index.html, missing files with 404.html and status 404.
 */
final class StaticServer implements AutoCloseable {

    private static final List<String[]> TYPES = List.of(
            new String[] {".html", "text/html; charset=utf-8"},
            new String[] {".css", "text/css; charset=utf-8"},
            new String[] {".js", "text/javascript; charset=utf-8"},
            new String[] {".json", "application/json"},
            new String[] {".png", "image/png"},
            new String[] {".svg", "image/svg+xml"},
            new String[] {".ttf", "font/ttf"},
            new String[] {".xml", "application/xml"},
            new String[] {".txt", "text/plain; charset=utf-8"});

    private final HttpServer server;
    private final Path root;
    private final String basePath;

    StaticServer(Path root, String basePath) throws IOException {
        this.root = root.toRealPath();
        this.basePath = basePath;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's address, e.g. {@code http://127.0.0.1:41234/repo/}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().toString()).getPath();
            Path file = path.startsWith(basePath) ? root.resolve(path.substring(basePath.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type(file));
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        return TYPES.stream().filter(t -> name.endsWith(t[0])).map(t -> t[1]).findFirst()
                .orElse("application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
