package no.kriteriebank.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.Set;

/**
 * A constraint's message as Hibernate Validator's {@code ParameterMessageInterpolator} gives it in
 * {@code Locale.ROOT}, for the message templates whose result is certain: literal text, {@code {key}} of Hibernate
 * Validator's own {@code ValidationMessages} (read from its jar, not copied), and {@code {attribute}} of the
 * annotation's plain values. Anything else (escapes, {@code ${...}} expressions, unknown or nested keys, a user's
 * {@code ValidationMessages} bundle that could override a key, values holding {@code { } $ \}) gives null, and the
 * class goes to Hibernate Validator.
 */
final class ConstraintMessages {
    private static final String DEFAULTS = "org/hibernate/validator/ValidationMessages.properties";
    /** Attributes every constraint has, which a message never names in this project. */
    private static final Set<String> NOT_PARAMETERS = Set.of("message", "groups", "payload");

    private ConstraintMessages() {
    }

    private static final class Bundles {
        /** Hibernate Validator's default texts for Locale.ROOT; empty when they cannot be read. */
        static final Map<String, String> DEFAULT_TEXTS = defaults();
        /** Whether the application has bundles Hibernate Validator would consult before its own. */
        static final boolean USER = user();
    }

    /** {@return the interpolated message of a constraint, or null when it cannot be resolved exactly} */
    static String interpolate(Annotation constraint) {
        String template = (String) attribute(constraint, "message");
        if (template == null) {
            return null;
        }
        if (literal(template)) {
            return template;
        }
        if (Bundles.USER) {
            return null;
        }
        return expand(template, constraint, true);
    }

    /**
     * Text with each {@code {name}} replaced: by Hibernate Validator's default text when {@code keys} (whose own
     * names must then all be attributes), else by the annotation's attribute; null for anything else.
     */
    private static String expand(String text, Annotation constraint, boolean keys) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('{', at);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            String plain = text.substring(at, open < 0 ? text.length() : open);
            if (!literal(plain) || open >= 0 && close < 0) {
                return null;
            }
            out.append(plain);
            if (open < 0) {
                break;
            }
            String name = text.substring(open + 1, close);
            String defaultText = Bundles.DEFAULT_TEXTS.get(name);
            String value = defaultText == null ? parameter(name, constraint)
                    : keys ? expand(defaultText, constraint, false) : null;
            if (value == null) {
                return null;
            }
            out.append(value);
            at = close + 1;
        }
        return out.toString();
    }

    /** An attribute's value as the interpolator prints it, when it is a plain string, number or boolean. */
    private static String parameter(String name, Annotation constraint) {
        if (NOT_PARAMETERS.contains(name)) {
            return null;
        }
        Object value = attribute(constraint, name);
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            String text = value.toString();
            return literal(text) ? text : null;
        }
        return null;
    }

    /** Whether text holds none of the characters the interpolator treats specially. */
    private static boolean literal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static Object attribute(Annotation constraint, String name) {
        if (name.isEmpty()) {
            return null;
        }
        try {
            Method m = constraint.annotationType().getMethod(name);
            return m.getParameterCount() == 0 ? m.invoke(constraint) : null;
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    /**
     * Hibernate Validator's ValidationMessages.properties, the bundle it uses for Locale.ROOT. On the module path its
     * package is not open, so it is read through the module's reader; on the class path through the class loader.
     */
    private static Map<String, String> defaults() {
        Module own = ConstraintMessages.class.getModule();
        try {
            if (own.isNamed() && own.getLayer() != null) {
                Optional<ResolvedModule> hv = own.getLayer().configuration().findModule("org.hibernate.validator");
                if (hv.isEmpty()) {
                    return Map.of();
                }
                try (ModuleReader reader = hv.get().reference().open()) {
                    Optional<InputStream> in = reader.open(DEFAULTS);
                    return in.isEmpty() ? Map.of() : read(in.get());
                }
            }
            ClassLoader loader = ConstraintMessages.class.getClassLoader();
            InputStream in = loader == null ? null : loader.getResourceAsStream(DEFAULTS);
            return in == null ? Map.of() : read(in);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static Map<String, String> read(InputStream in) throws IOException {
        try (in) {
            PropertyResourceBundle bundle = new PropertyResourceBundle(in);
            Map<String, String> texts = new HashMap<>();
            for (String key : bundle.keySet()) {
                texts.put(key, bundle.getString(key));
            }
            return Map.copyOf(texts);
        }
    }

    /** Bundles Hibernate Validator reads before its own ({@code ValidationMessages}, contributors'). */
    private static boolean user() {
        Set<ClassLoader> loaders = new java.util.HashSet<>();
        loaders.add(ConstraintMessages.class.getClassLoader());
        loaders.add(Thread.currentThread().getContextClassLoader());
        loaders.add(ClassLoader.getSystemClassLoader());
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            for (String name : new String[] {"ValidationMessages.properties", "ValidationMessages.class",
                "ContributorValidationMessages.properties", "ContributorValidationMessages.class"}) {
                if (loader.getResource(name) != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
