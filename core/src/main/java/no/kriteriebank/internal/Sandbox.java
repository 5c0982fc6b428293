package no.kriteriebank.internal;

import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core._CoreAPI;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.WeakHashMap;

/**
 * Hardened FreeMarker configurations for templates and criterion texts that may come from a purchasing network and
 * so are not trusted. Internal.
 *
 * <p>{@code ?new} resolves nothing, {@code ?api} is off, errors are rethrown and never logged, the locale and time
 * zone are fixed. Every template, whether loaded as a layout, included, imported or parsed from a criterion text, is
 * inspected in its parsed form before it may run ({@link TemplateInspector}: no {@code ?eval}, {@code ?interpret},
 * {@code ?eval_json}, {@code ?new}, {@code ?api}, {@code .now}, {@code <#setting>}, no unbounded padding), and gets
 * FreeMarker's thread-interruption checks in every loop and macro, so that a render that runs over its time or
 * memory budget can be stopped.
 */
public final class Sandbox {
    /** The FreeMarker version whose behaviour templates rely on; changing it is a breaking change. */
    public static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_35;


    private Sandbox() {
    }

    /**
     * A new hardened configuration. Callers set the template loader and object wrapper they need and must not
     * change it after the first template is loaded.
     *
     * @return the configuration
     */
    public static Configuration configuration() {
        Configuration cfg = new Inspecting();
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((te, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setTemplateNameFormat(freemarker.cache.TemplateNameFormat.DEFAULT_2_4_0);
        cfg.setLocalizedLookup(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setWhitespaceStripping(true);
        return cfg;
    }

    /**
     * Inspects a newly parsed template and adds the interruption checks; call once per template.
     *
     * @param template the template
     * @throws ParseException when the template uses something the sandbox refuses, naming line and column
     */
    static void prepare(Template template) throws ParseException {
        Optional<TemplateInspector.Refusal> refused = TemplateInspector.inspect(template);
        if (refused.isPresent()) {
            TemplateInspector.Refusal r = refused.get();
            throw new ParseException(r.what(), template, r.line(), r.column());
        }
        _CoreAPI.addThreadInterruptedChecks(template);
    }

    /**
     * A configuration whose every template, however it is reached (loaded, included, imported), is prepared before
     * it is handed out. The cache hands out the same template again, so each is prepared once.
     */
    private static final class Inspecting extends Configuration {
        private final Map<Template, Boolean> prepared = Collections.synchronizedMap(new WeakHashMap<>());

        Inspecting() {
            super(VERSION);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                    ignoreMissing);
            if (template != null) {
                synchronized (prepared) {
                    if (!prepared.containsKey(template)) {
                        prepare(template);
                        prepared.put(template, Boolean.TRUE);
                    }
                }
            }
            return template;
        }
    }

    /** {@return the configuration for criterion texts: plain-text output, no loader, so no include or import works} */
    public static Configuration snippetConfiguration() {
        Configuration cfg = configuration();
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setTemplateLoader(null);
        return cfg;
    }

    /**
     * Parses a criterion text.
     *
     * @param cfg the snippet configuration
     * @param name the template name used in messages
     * @param source the criterion text
     * @return the parsed template
     * @throws SnippetException with a one-line message and the line within the text
     */
    public static Template parseSnippet(Configuration cfg, String name, String source) {
        try {
            Template template = new Template(name, new StringReader(source), cfg);
            prepare(template);
            return template;
        } catch (freemarker.core.ParseException e) {
            throw new SnippetException("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new SnippetException(firstLine(e.getMessage()));
        }
    }

    /**
     * The first line of a message, trimmed.
     *
     * @param message a message, possibly of several lines
     * @return its first line
     */
    public static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).trim();
    }

    /** A criterion text that cannot be parsed. */
    public static final class SnippetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SnippetException(String message) {
            super(message);
        }
    }
}
