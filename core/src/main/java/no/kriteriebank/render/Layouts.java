package no.kriteriebank.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.kriteriebank.internal.Bundle;
import no.kriteriebank.internal.Sandbox;
import no.kriteriebank.model.Language;

/**
 * The layout templates and fixed words of one renderer: a network's override directory first, then the standard
 * layouts on the classpath. Built once; FreeMarker's configuration and template cache are thread-safe.
 */
final class Layouts {
    private final Configuration cfg;
    private final Map<Language, Map<String, String>> messages;
    /**
     * The length of each template's last output, by template name: the next output starts with room for about as much,
     * instead of growing its buffer from 4,096 characters by doubling. A hint only: the output is the same either way.
     */
    private final Map<String, Integer> lastLength = new java.util.concurrent.ConcurrentHashMap<>();

    Layouts(ClassLoader classLoader, String directory, Path overrides) {
        this.cfg = Sandbox.configuration();
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (overrides != null) {
                loaders.add(new FileTemplateLoader(overrides.toFile()));
            }
        } catch (IOException e) {
            throw new RenderException("cannot use the layout directory " + overrides + ": " + e.getMessage(), e);
        }
        loaders.add(new ClassTemplateLoader(classLoader, directory));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        cfg.setObjectWrapper(StrictObjectWrapper.INSTANCE);
        cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        TemplateConfiguration text = new TemplateConfiguration();
        text.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.txt.ftl"), text))
                .allowNoMatch(true));
        this.messages = loadMessages(classLoader, directory, overrides);
    }

    Template template(String name) {
        try {
            return cfg.getTemplate(name);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new RenderException("no layout template " + name + " in the layout directories");
        } catch (freemarker.core.ParseException e) {
            throw new RenderException("layout template " + e.getTemplateName() + ", line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + Sandbox.firstLine(e.getEditorMessage()), e);
        } catch (SecurityException e) {
            throw new RenderException("layout template " + name + " is a link to a file outside the layout "
                    + "directories; copy the file in instead", e);
        } catch (IOException e) {
            throw new RenderException("cannot load layout template " + name + ": " + Sandbox.firstLine(e.getMessage()),
                    e);
        }
    }

    /**
     * Runs a template with the fixed words of the language as {@code t}, its output bounded; no control character
     * reaches the result, whatever a bank text, layout or tender holds.
     */
    String process(Template template, Map<String, Object> model, Language language, int maxOutputChars) {
        Map<String, Object> root = new java.util.HashMap<>(model);
        root.put("t", messages(language));
        BoundedWriter out = new BoundedWriter(maxOutputChars,
                Math.min(lastLength.getOrDefault(template.getName(), 4096), 1 << 20) + 1024);
        try {
            template.process(root, out);
        } catch (freemarker.template.TemplateException e) {
            throw new RenderException("template " + e.getTemplateSourceName() + ", line " + e.getLineNumber()
                    + ": " + Sandbox.firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new RenderException("template " + template.getSourceName() + ": " + e.getMessage(), e);
        } catch (SecurityException e) {
            throw new RenderException("template " + template.getSourceName() + " includes a link to a file outside "
                    + "the layout directories", e);
        }
        String text = out.toString();
        lastLength.put(template.getName(), text.length());
        return no.kriteriebank.internal.ControlCharacters.replace(text);
    }

    Map<String, String> messages(Language language) {
        return messages.get(language);
    }

    private static Map<Language, Map<String, String>> loadMessages(ClassLoader classLoader, String directory,
            Path overrides) {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = "messages_" + language.code() + ".properties";
            Map<String, String> words = new TreeMap<>();
            try {
                Bundle.resource(classLoader, directory + "/" + name).ifPresent(words::putAll);
                if (overrides != null && Files.isRegularFile(overrides.resolve(name))) {
                    words.putAll(Bundle.read(Files.readString(overrides.resolve(name))));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new RenderException("cannot read " + name + ": " + e.getMessage(), e);
            }
            all.put(language, Collections.unmodifiableMap(words));
        }
        Map<String, String> nb = all.get(Language.NB);
        if (nb.isEmpty()) {
            throw new RenderException("no messages_nb.properties in the layout directories");
        }
        for (Language language : Language.values()) {
            List<String> missing = new ArrayList<>();
            for (String key : nb.keySet()) {
                if (!all.get(language).containsKey(key)) {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                throw new RenderException("messages_" + language.code() + ".properties lacks " + missing);
            }
        }
        return all;
    }
}
