package io.cinechrome.cli;

import io.cinechrome.Request;
import io.cinechrome.Shard;
import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.decode.Sampling;
import io.cinechrome.render.PosterStyle;
import io.cinechrome.render.Downloads;
import io.cinechrome.render.RenderSettings;
import io.cinechrome.site.SiteSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves each setting from the command line first, then the config file, then the default. */
final class RequestFactory {

    static final String DEFAULT_CATALOG = "catalog";
    static final String DEFAULT_SITE = "site";
    static final String DEFAULT_DEMO_DIR = "target/demo-library";
    static final String DEFAULT_TITLE = "Cinechrome";
    /** How long render and build wait for another run writing the same site. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    private static final Pattern TIME = Pattern.compile("(\\d{1,9})\\s*([smh]?)");

    private final Arguments args;
    private final Config config;

    private RequestFactory(Arguments args, Config config) {
        this.args = args;
        this.config = config;
    }

    static Request create(Arguments args) throws UsageException {
        Config config = args.value("config").isPresent() ? Config.read(Path.of(args.value("config").get()))
                : Config.none();
        return new RequestFactory(args, config).request();
    }

    private Request request() throws UsageException {
        try {
            int threads = integer("threads", Runtime.getRuntime().availableProcessors());
            return new Request(path("library"), config.path(DEFAULT_DEMO_DIR),
                    path("catalog").orElse(config.path(DEFAULT_CATALOG)),
                    path("site").orElse(config.path(DEFAULT_SITE)),
                    analysis(), render(threads), pages(), threads,
                    args.flag("force"), args.flag("prune"), args.value("only"), lockWait(),
                    args.values("from").stream().map(Path::of).toList(),
                    text("shard").map(Shard::parse).orElse(Shard.ALL));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private AnalysisSettings analysis() throws UsageException {
        return new AnalysisSettings(
                integer("colours", AnalysisSettings.DEFAULT_PALETTE_SIZE),
                integer("grey-levels", AnalysisSettings.DEFAULT_GREY_LEVELS),
                integer("stripes", AnalysisSettings.DEFAULT_STRIPES),
                Sampling.parse(text("sampling").orElse(Sampling.FAST.id())))
                .withActs(integer("acts", AnalysisSettings.DEFAULT_ACTS));
    }

    private RenderSettings render(int threads) throws UsageException {
        RenderSettings defaults = RenderSettings.defaults();
        return new RenderSettings(integer("poster-size", defaults.posterSize()),
                integer("thumb-size", defaults.thumbSize()), defaults.barcode(), defaults.paletteCard(),
                !args.flag("no-credits") && !"false".equals(text("credits").orElse("true")), threads,
                PosterStyle.parse(text("poster-style").orElse(PosterStyle.SQUARE.id())),
                args.flag("lossless-png") || "true".equals(text("lossless-png").orElse("false")),
                downloads(), text("site-url").isPresent());
    }

    private SiteSettings pages() {
        return new SiteSettings(text("title").orElse(DEFAULT_TITLE),
                basePath(text("base-path").orElseGet(this::urlPath)),
                text("site-url").map(RequestFactory::withSlash).orElse(""),
                config.path("templates"), config.path("static"))
                .withPosterStyle(PosterStyle.parse(text("poster-style").orElse(PosterStyle.SQUARE.id())))
                .withDownloads(downloads());
    }

    private Downloads downloads() {
        return Downloads.parse(text("downloads").orElse(Downloads.FILES.id()));
    }

    /** {@code --wait}: seconds, or a number with s, m or h ("90", "90s", "10m", "1h"). */
    private Duration lockWait() throws UsageException {
        Optional<String> value = text("wait");
        if (value.isEmpty()) {
            return DEFAULT_WAIT;
        }
        Matcher time = TIME.matcher(value.get().toLowerCase(Locale.ROOT));
        if (!time.matches()) {
            throw new UsageException("--wait needs a time such as 60s, 10m or 0, not '" + value.get() + "'");
        }
        long amount = Long.parseLong(time.group(1));
        return switch (time.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private Optional<String> text(String name) {
        return args.value(name).or(() -> config.value(name));
    }

    private Optional<Path> path(String name) {
        Optional<String> fromArgs = args.value(name);
        if (fromArgs.isPresent()) {
            return fromArgs.map(Path::of);
        }
        return config.value(name).map(config::path);
    }

    private int integer(String name, int fallback) throws UsageException {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a whole number, not '" + value.get() + "'");
        }
    }

    /** The path of the site URL (GitHub project sites are served under /repo/), or / without a URL. */
    private String urlPath() {
        return text("site-url").map(url -> URI.create(withSlash(url)).getRawPath())
                .filter(path -> path != null && !path.isEmpty()).orElse("/");
    }

    private static String basePath(String path) {
        String withLeading = path.startsWith("/") ? path : "/" + path;
        return withSlash(withLeading);
    }

    private static String withSlash(String text) {
        return text.endsWith("/") ? text : text + "/";
    }
}
