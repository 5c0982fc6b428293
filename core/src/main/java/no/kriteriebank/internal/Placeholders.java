package no.kriteriebank.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the parameter names a criterion text refers to with {@code ${name}}. Internal. */
public final class Placeholders {
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DIRECTIVE = Pattern.compile("<#(?:if|elseif)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    private Placeholders() {
    }

    /**
     * The names used, in order of first use.
     *
     * @param text a criterion text
     * @return the placeholder names
     */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher m = INTERPOLATION.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        Matcher d = DIRECTIVE.matcher(text);
        while (d.find()) {
            names.add(d.group(1));
        }
        return names;
    }
}
