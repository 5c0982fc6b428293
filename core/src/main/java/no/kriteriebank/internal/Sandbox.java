package no.kriteriebank.internal;

import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hardened FreeMarker configurations for templates and criterion texts that may come from a purchasing network and
 * so are not trusted. Internal.
 *
 * <p>{@code ?new} resolves nothing, {@code ?api} is off, errors are rethrown and never logged, the locale and time
 * zone are fixed, and sources that use {@code ?eval}, {@code ?interpret}, {@code ?new} or {@code ?api} are refused
 * before they are parsed.
 */
public final class Sandbox {
    /** The FreeMarker version whose behaviour templates rely on; changing it is a breaking change. */
    public static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_35;

    private static final Pattern FORBIDDEN = Pattern.compile("\\?\\s*(eval_json|eval|interpret|new|api)\\b");

    private Sandbox() {
    }

    /**
     * A new hardened configuration. Callers set the template loader and object wrapper they need and must not
     * change it after the first template is loaded.
     *
     * @return the configuration
     */
    public static Configuration configuration() {
        Configuration cfg = new Configuration(VERSION);
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
     * Why a template source is refused, or empty when it may be parsed.
     *
     * @param source the template source
     * @return why it is refused, or empty
     */
    public static Optional<String> refusal(String source) {
        Matcher m = FORBIDDEN.matcher(source);
        if (m.find()) {
            int line = 1;
            for (int i = 0; i < m.start(); i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                }
            }
            return Optional.of("line " + line + ": ?" + m.group(1) + " is not allowed in Kriteriebank templates");
        }
        return Optional.empty();
    }

    /**
     * Wraps a loader so that every source it gives is checked with {@link #refusal(String)} first.
     *
     * @param loader the loader to guard
     * @return the guarded loader
     */
    public static TemplateLoader guarded(TemplateLoader loader) {
        return new TemplateLoader() {
            @Override
            public Object findTemplateSource(String name) throws IOException {
                return loader.findTemplateSource(name);
            }

            @Override
            public long getLastModified(Object templateSource) {
                return loader.getLastModified(templateSource);
            }

            @Override
            public Reader getReader(Object templateSource, String encoding) throws IOException {
                StringBuilder text = new StringBuilder();
                try (Reader reader = loader.getReader(templateSource, encoding)) {
                    char[] buffer = new char[8192];
                    int n;
                    while ((n = reader.read(buffer)) > 0) {
                        text.append(buffer, 0, n);
                    }
                }
                Optional<String> refused = refusal(text.toString());
                if (refused.isPresent()) {
                    throw new IOException("template " + templateSource + ": " + refused.get());
                }
                return new StringReader(text.toString());
            }

            @Override
            public void closeTemplateSource(Object templateSource) throws IOException {
                loader.closeTemplateSource(templateSource);
            }
        };
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
        Optional<String> refused = refusal(source);
        if (refused.isPresent()) {
            throw new SnippetException(refused.get());
        }
        try {
            return new Template(name, new StringReader(source), cfg);
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
