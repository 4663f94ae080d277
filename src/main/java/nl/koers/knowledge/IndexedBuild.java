package nl.koers.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a build of the knowledge index was made from, stored with the index's commit, so that a restart on the same
 * knowledge folder and the same program serves the stored index instead of building it again: on the bundled
 * articles a build costs 0.5–0.8 s of processor time, at the very moment a start answers its first requests.
 *
 * @param fingerprint the knowledge files (names and contents) and the program that read them
 * @param status      what that build produced, for the health endpoint and the knowledge page
 */
record IndexedBuild(String fingerprint, IndexStatus status) {

    private static final String FINGERPRINT = "koers.fingerprint";
    private static final String FILES = "koers.files";
    private static final String SKIPPED = "koers.skipped";
    private static final String BUILT_AT = "koers.builtAt";
    private static final String BUILD_MILLIS = "koers.buildMillis";

    /** The commit data that records this build. */
    Map<String, String> commitData() {
        var data = new LinkedHashMap<String, String>();
        data.put(FINGERPRINT, fingerprint);
        data.put(FILES, Integer.toString(status.files()));
        data.put(SKIPPED, skipped(status.skipped()));
        if (status.builtAt() != null) {
            data.put(BUILT_AT, status.builtAt().toString());
        }
        data.put(BUILD_MILLIS, Long.toString(status.took().toMillis()));
        return data;
    }

    /**
     * The build a commit records, with the number of chunks the index holds; null when the commit records none (an
     * index of an older Koers, or an empty one) or records it unreadably.
     */
    static @Nullable IndexedBuild from(Map<String, String> commitData, int chunks) {
        String fingerprint = commitData.get(FINGERPRINT);
        if (fingerprint == null) {
            return null;
        }
        try {
            String builtAt = commitData.get(BUILT_AT);
            return new IndexedBuild(fingerprint, new IndexStatus(Integer.parseInt(commitData.getOrDefault(FILES, "0")),
                    chunks, skipped(commitData.getOrDefault(SKIPPED, "")),
                    builtAt == null ? null : Instant.parse(builtAt),
                    Duration.ofMillis(Long.parseLong(commitData.getOrDefault(BUILD_MILLIS, "0")))));
        } catch (DateTimeParseException | IllegalArgumentException unreadable) { // numbers, times, escapes
            return null;
        }
    }

    /**
     * The fingerprint of the knowledge folder as the program identified by {@code program} reads it: the relative name
     * and the bytes of every file a build reads, and of files no reader takes, which a build lists (hidden and
     * temporary files excepted, as a build skips them); for a document that is not Markdown also its time, which Koers
     * shows as the date it was checked. Null when the program is unknown, such as classes run from a folder while they are being
     * edited: then every start builds.
     */
    static @Nullable String fingerprint(Path folder, @Nullable String program) {
        if (program == null) {
            return null;
        }
        MessageDigest digest = sha256();
        digest.update(program.getBytes(StandardCharsets.UTF_8));
        if (Files.isDirectory(folder)) {
            try {
                for (Path file : ArticleIngestion.knowledgeFiles(folder)) {
                    add(digest, folder.relativize(file).toString().replace('\\', '/'));
                    add(digest, Long.toString(Files.size(file)));
                    if (!MarkdownArticleReader.isMarkdown(file)) {
                        add(digest, Files.getLastModifiedTime(file).toString());
                    }
                    try (var content = new DigestInputStream(Files.newInputStream(file), digest)) {
                        content.transferTo(OutputStream.nullOutputStream());
                    }
                }
            } catch (IOException | UncheckedIOException unreadable) {
                return null; // a folder that cannot be read whole is built, and the build says what it could not read
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A text in the digest, preceded by its length, so that no two sequences of texts digest alike. */
    private static void add(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).concat(":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    /**
     * The program that builds the index, when it runs from a jar: the jar's name, size and time, which change with
     * every build of Koers, with the Lucene version and the time zone dates are read in. Null for classes in a folder.
     */
    static @Nullable String program(@Nullable CodeSource code, String zone) {
        if (code == null || code.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(code.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return null;
            }
            return String.join("|", location.getFileName().toString(), Long.toString(Files.size(location)),
                    Files.getLastModifiedTime(location).toString(), org.apache.lucene.util.Version.LATEST.toString(),
                    zone);
        } catch (URISyntaxException | IOException | RuntimeException unknown) { // any location that is not a jar file
            return null;
        }
    }

    private static String skipped(List<SkippedFile> files) {
        var lines = new StringBuilder();
        for (SkippedFile file : files) {
            lines.append(URLEncoder.encode(file.source(), StandardCharsets.UTF_8)).append(' ')
                    .append(URLEncoder.encode(file.reason(), StandardCharsets.UTF_8)).append('\n');
        }
        return lines.toString();
    }

    private static List<SkippedFile> skipped(String lines) {
        List<SkippedFile> files = new ArrayList<>();
        for (String line : lines.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                files.add(new SkippedFile(URLDecoder.decode(line.substring(0, space), StandardCharsets.UTF_8),
                        URLDecoder.decode(line.substring(space + 1), StandardCharsets.UTF_8)));
            }
        }
        return List.copyOf(files);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("SHA-256 is part of every JDK", absent);
        }
    }
}
