package dev.connect.adapters.web.site;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.problem.WebRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Files served as they are under a path prefix: a built frontend, a page and its scripts. Only the files a site was
 * made with are served, looked up by name in memory: no request reaches another file, and no directory is listed.
 * Each answer carries its media type, {@code X-Content-Type-Options: nosniff}, a strong {@code ETag} (a request whose
 * {@code If-None-Match} names it is answered 304) and {@code Cache-Control: no-cache}, so that a browser revalidates
 * and never runs files of an earlier build. A directory with an {@code index.html} is served by it at the directory's
 * path with a trailing slash; without the slash the answer is a redirect that adds it, so that the page's relative
 * links resolve.
 */
public final class StaticSite {

    /** The file listing a site's files, one relative path a line, at the root of a site on the classpath. */
    public static final String MANIFEST = "asset-manifest.txt";
    static final String INDEX = "index.html";

    private final String prefix;
    private final Map<String, StaticFile> files;

    /**
     * A file and its validator. The {@code ETag} is the SHA-256 of the bytes, computed at the file's first request and
     * kept: hashing the 3 MB of the page's and the examples' bundles at start-up, while the digest still ran
     * interpreted, was a fifth of the main thread's work in a profile of connect's start.
     */
    private static final class StaticFile {
        private final byte[] bytes;
        private final String mediaType;
        private volatile String etag;

        StaticFile(byte[] bytes, String mediaType) {
            this.bytes = bytes;
            this.mediaType = mediaType;
        }

        byte[] bytes() {
            return bytes;
        }

        String mediaType() {
            return mediaType;
        }

        /** Racing first requests may each compute it; they compute the same value. */
        String etag() {
            String known = etag;
            if (known == null) {
                known = StaticSite.etag(bytes);
                etag = known;
            }
            return known;
        }
    }

    private StaticSite(String prefix, Map<String, StaticFile> files) {
        this.prefix = prefix;
        this.files = files;
    }

    /**
     * A site of these files (by relative path, e.g. {@code react/index.html}) under {@code prefix} (e.g.
     * {@code /examples}, or {@code /} for the root).
     */
    public static StaticSite of(String prefix, Map<String, byte[]> files) {
        checkPrefix(prefix);
        Map<String, StaticFile> served = new LinkedHashMap<>();
        files.forEach((path, bytes) -> {
            if (!isPlainPath(path) || path.isEmpty()) {
                throw new IllegalArgumentException("not a plain relative file path: '" + path + "'");
            }
            served.put(path, new StaticFile(bytes.clone(), MediaTypes.of(path)));
        });
        return new StaticSite(prefix, Map.copyOf(served));
    }

    /**
     * The site whose files a build put on the classpath under {@code resourceRoot}, listed in its {@value #MANIFEST};
     * empty when there is no manifest (the files were not built). Every file is read once, here.
     *
     * @throws IllegalStateException when the manifest lists a file that is missing
     */
    public static Optional<StaticSite> fromClasspath(String prefix, ClassLoader loader, String resourceRoot) {
        Optional<byte[]> manifest = read(loader, resourceRoot + "/" + MANIFEST);
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String line : new String(manifest.get(), StandardCharsets.UTF_8).split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            files.put(path, read(loader, resourceRoot + "/" + path).orElseThrow(() -> new IllegalStateException(
                    resourceRoot + "/" + MANIFEST + " lists " + path + ", which is not on the classpath")));
        }
        return Optional.of(of(prefix, files));
    }

    public String prefix() {
        return prefix;
    }

    /** The relative paths of the files served. */
    public Set<String> paths() {
        return files.keySet();
    }

    /** {@code GET <prefix>/{path...}}; {@code HEAD} with it. */
    public HttpRoute route() {
        return HttpRoute.get(prefix.equals("/") ? "/{path...}" : prefix + "/{path...}", this::serve);
    }

    /**
     * {@code GET path}: one of the site's files at an exact path of its own, answered like the rest (validators,
     * 304), e.g. a page's {@code index.html} at {@code /} while its assets stay under the site's prefix.
     *
     * @throws IllegalArgumentException when the site has no such file
     */
    public HttpRoute fileRoute(String path, String file) {
        StaticFile served = files.get(file);
        if (served == null) {
            throw new IllegalArgumentException(this + " has no file " + file);
        }
        return HttpRoute.get(path, request -> answer(served, request.header("If-None-Match")));
    }

    HttpResponse serve(HttpRequest request) {
        String path = request.pathParam("path");
        if (!isPlainPath(path)) {
            throw WebRequestException.routeNotFound();
        }
        StaticFile file = files.get(path);
        if (file == null) {
            String index = path.isEmpty() ? INDEX : path + "/" + INDEX;
            if (!files.containsKey(index)) {
                throw WebRequestException.routeNotFound();
            }
            if (!request.path().endsWith("/")) {
                return directoryRedirect(request);
            }
            file = files.get(index);
        }
        return answer(file, request.header("If-None-Match"));
    }

    private static HttpResponse answer(StaticFile file, Optional<String> ifNoneMatch) {
        if (ifNoneMatch.map(tags -> matches(tags, file.etag())).orElse(false)) {
            return new HttpResponse(304, Map.of("ETag", file.etag(), "Cache-Control", "no-cache"), null);
        }
        return new HttpResponse(200, Map.of("Content-Type", file.mediaType(), "ETag", file.etag(),
                "Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff"), file.bytes());
    }

    /**
     * To the same path with a slash, as a reference relative to the request's own path (its last segment and the
     * slash), so that it is right however deep the API is mounted in another server.
     */
    private static HttpResponse directoryRedirect(HttpRequest request) {
        String sent = request.path();
        String location = sent.substring(sent.lastIndexOf('/') + 1) + "/"
                + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
        return new HttpResponse(301, Map.of("Location", location, "Cache-Control", "no-cache"), null);
    }

    /** Relative, and every segment a plain name: no empty, {@code .} or {@code ..} segment, no hidden file. */
    static boolean isPlainPath(String path) {
        if (path == null) {
            return false;
        }
        if (path.isEmpty()) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".") || segment.contains("\\")
                    || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", impossible);
        }
    }

    private static void checkPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        boolean root = prefix.equals("/");
        if (!root && (!prefix.startsWith("/") || prefix.endsWith("/") || !isPlainPath(prefix.substring(1))
                || prefix.contains("{") || prefix.contains("}"))) {
            throw new IllegalArgumentException("a site's prefix is '/' or a path like '/examples': " + prefix);
        }
    }

    private static Optional<byte[]> read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("could not read " + resource, unreadable);
        }
    }

    @Override
    public String toString() {
        return "StaticSite[" + prefix + ", " + files.size() + " files]";
    }
}
