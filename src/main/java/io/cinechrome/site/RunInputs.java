package io.cinechrome.site;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.site.browse.SimilarMemory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The stamp of everything a site is made from: the films (every field), the settings, the templates, the static
 * files and the code that makes the pages. Two runs with the same stamp make the same site, so the second can stop
 * before planning a single page (see {@link PageStamps#sameRun}).
 */
final class RunInputs {

    private static final String ALGORITHM = "SHA-256";
    /** Hex digits kept, as for {@link PageStamps}. */
    private static final int HASH_CHARS = 32;

    private RunInputs() {
    }

    /** The stamp of one run's inputs. */
    static String of(String code, List<CatalogEntry> films, EntryStamps entries, SiteSettings settings,
            String templates, List<SiteFile> assets) {
        MessageDigest digest = sha256();
        update(digest, "pages=" + PageStamps.PAGES_VERSION + "\nsimilar=" + SimilarMemory.VERSION + "\ncode="
                + code + "\nsettings=" + settings + "\ntemplates=" + templates + "\n");
        for (SiteFile asset : assets) {
            update(digest, asset.path() + "=" + PageStamps.of(asset.content()) + "\n");
        }
        films.stream().sorted(Comparator.comparing(CatalogEntry::slug))
                .forEach(film -> update(digest, film.slug() + "=" + entries.of(film) + "\n"));
        return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_CHARS);
    }

    /**
     * What the running code is: the jar's path, size and time, or every file's under a classes folder; when that
     * cannot be told, a value no other run has (so nothing is skipped).
     */
    static String code() {
        try {
            Path code = Path.of(RunInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return describe(code);
            }
            StringBuilder all = new StringBuilder();
            try (Stream<Path> files = Files.walk(code)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    all.append(describe(file)).append('\n');
                }
            }
            return PageStamps.of(all.toString());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return UUID.randomUUID().toString();
        }
    }

    private static String describe(Path file) throws IOException {
        return file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has " + ALGORITHM, e);
        }
    }
}
