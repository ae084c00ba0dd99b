package io.cinechrome.site;

import io.cinechrome.site.page.PageModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    private final TemplateEngine engine = new TemplateEngine();

    ThymeleafPages(Path templatesDir) {
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

    /** The page's HTML. */
    String render(String template, PageModel model) {
        Context context = new Context(Locale.ROOT);
        context.setVariable(MODEL, model);
        try {
            return engine.process(template, context);
        } catch (TemplateEngineException e) {
            throw new IllegalStateException("template '" + template + SUFFIX + "' failed: " + e.getMessage()
                    + " (fix the template, or delete it from the templates folder to use the built-in one)", e);
        }
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
