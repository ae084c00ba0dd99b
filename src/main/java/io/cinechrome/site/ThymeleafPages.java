package io.cinechrome.site;

import io.cinechrome.site.page.PageModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The one place that knows Thymeleaf: renders a page model with a template. Templates come from the configured
 * folder; any template missing there (or the whole folder) comes from the jar's copy in
 * {@code cinechrome/templates/}, so a user can override just one page.
 */
final class ThymeleafPages {

    /** Where the jar keeps its templates. */
    static final String CLASSPATH_TEMPLATES = "cinechrome/templates/";
    /** The variable a template sees its model as. */
    static final String MODEL = "page";
    private static final String SUFFIX = ".html";

    /** The built-in templates, whose content is part of every page's stamp. */
    static final List<String> BUILT_IN = List.of("layout", "fragments", "index", "film", "directors", "director",
            "years", "year", "colours", "colour", "404");

    private final TemplateEngine engine = new TemplateEngine();
    /** A line break with the blanks and blank lines after it. */
    private static final Pattern INDENTATION = Pattern.compile("\n[ \t]*(?:\n[ \t]*)*");
    private static final Pattern PREFORMATTED = Pattern.compile("<(?:pre|textarea|listing|xmp)\\b",
            Pattern.CASE_INSENSITIVE);
    private final String fingerprint;

    ThymeleafPages(Path templatesDir) {
        this.fingerprint = fingerprint(templatesDir);
        int order = 1;
        if (Files.isDirectory(templatesDir)) {
            FileTemplateResolver folder = new FileTemplateResolver();
            folder.setPrefix(templatesDir.toAbsolutePath() + "/");
            folder.setCheckExistence(true);
            engine.addTemplateResolver(configured(folder, order++));
        }
        ClassLoaderTemplateResolver jar = new ClassLoaderTemplateResolver(ThymeleafPages.class.getClassLoader());
        jar.setPrefix(CLASSPATH_TEMPLATES);
        jar.setCheckExistence(true);
        engine.addTemplateResolver(configured(jar, order));
    }

    /**
     * A hash of every template the pages may use (the folder's and the jar's): when a template changes, so does
     * every page's stamp.
     */
    String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(Path templatesDir) {
        StringBuilder all = new StringBuilder();
        ClassLoader loader = ThymeleafPages.class.getClassLoader();
        for (String name : BUILT_IN) {
            try (InputStream in = loader.getResourceAsStream(CLASSPATH_TEMPLATES + name + SUFFIX)) {
                all.append(name).append('=').append(in == null ? "" : PageStamps.of(in.readAllBytes())).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in template " + name + ": " + e.getMessage(), e);
            }
        }
        if (Files.isDirectory(templatesDir)) {
            try (Stream<Path> files = Files.walk(templatesDir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    all.append(templatesDir.relativize(file)).append('=')
                            .append(PageStamps.of(Files.readAllBytes(file))).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the templates in " + templatesDir + ": " + e.getMessage()
                        + " (check the folder's permissions)", e);
            }
        }
        return PageStamps.of(all.toString());
    }

    /** The page's HTML. */
    String render(String template, PageModel model) {
        Context context = new Context(Locale.ROOT);
        context.setVariable(MODEL, model);
        try {
            return unindented(engine.process(template, context));
        } catch (TemplateEngineException e) {
            throw new IllegalStateException("template '" + template + SUFFIX + "' failed: " + e.getMessage()
                    + " (fix the template, or delete it from the templates folder to use the built-in one)", e);
        }
    }

    /**
     * The page without the templates' indentation and blank lines: a tenth of the bytes of a page, and no change
     * to what it shows, since a line break is still whitespace between the tags. Pages with preformatted text
     * (a custom template's {@code <pre>} or {@code <textarea>}) are left as they are.
     */
    static String unindented(String html) {
        if (PREFORMATTED.matcher(html).find()) {
            return html;
        }
        return INDENTATION.matcher(html).replaceAll("\n");
    }

    /** The page's HTML as UTF-8 bytes. */
    byte[] renderBytes(String template, PageModel model) {
        return render(template, model).getBytes(StandardCharsets.UTF_8);
    }

    private static AbstractConfigurableTemplateResolver configured(AbstractConfigurableTemplateResolver resolver,
            int order) {
        resolver.setSuffix(SUFFIX);
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
