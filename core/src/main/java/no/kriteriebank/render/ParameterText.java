package no.kriteriebank.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A criterion text that does nothing but interpolate parameters ({@code ... ${name} ...}), filled in without a
 * template pass. Only a text in which FreeMarker would see nothing else qualifies: no directive, macro call or comment
 * in either tag syntax ({@code <#}, {@code </#}, {@code <@}, {@code </@}, {@code [#}, {@code [/#}, {@code [@},
 * {@code [/@}), no other interpolation syntax ({@code #{}, {@code [=}) and every {@code ${} followed by a plain name
 * and {@code }} (not a word FreeMarker reserves, such as {@code true}). For such a text FreeMarker's plain-text output is the literal parts and the values in turn, which is
 * what {@link #fill} writes; {@code ParameterTextProperties} compares the two for every text of the standard bank.
 * Anything else (or a name without a value) goes through FreeMarker as before.
 */
final class ParameterText {
    private static final String[] OTHER_SYNTAX = {"<#", "</#", "<@", "</@", "[#", "[/#", "[@", "[/@", "#{", "[="};
    /** Names FreeMarker reads as something else than a variable. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("true", "false", "gt", "gte", "lt", "lte",
            "as", "in", "using");

    /** The literal parts: one more than the names, the first before the first name. */
    private final String[] literals;
    private final String[] names;
    private final int literalLength;

    private ParameterText(List<String> literals, List<String> names) {
        this.literals = literals.toArray(new String[0]);
        this.names = names.toArray(new String[0]);
        this.literalLength = literals.stream().mapToInt(String::length).sum();
    }

    /**
     * The text split at its interpolations, or null when FreeMarker could see more in it than literal text and
     * {@code ${name}}.
     */
    static ParameterText compile(String source) {
        for (String syntax : OTHER_SYNTAX) {
            if (source.contains(syntax)) {
                return null;
            }
        }
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int at = 0;
        for (int open = source.indexOf("${"); open >= 0; open = source.indexOf("${", at)) {
            int end = open + 2;
            if (end >= source.length() || !isNameStart(source.charAt(end))) {
                return null;
            }
            while (end < source.length() && isNamePart(source.charAt(end))) {
                end++;
            }
            if (end >= source.length() || source.charAt(end) != '}') {
                return null;
            }
            String name = source.substring(open + 2, end);
            if (RESERVED.contains(name)) {
                return null;
            }
            literals.add(source.substring(at, open));
            names.add(name);
            at = end + 1;
        }
        literals.add(source.substring(at));
        return new ParameterText(literals, names);
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /**
     * The text with the values in, or null when a name has no value (a string), which FreeMarker reports as an error.
     *
     * @param values the values by name
     */
    String fill(Map<String, ?> values) {
        int length = literalLength;
        String[] filled = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            if (!(values.get(names[i]) instanceof String value)) {
                return null;
            }
            filled[i] = value;
            length += value.length();
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < names.length; i++) {
            out.append(literals[i]).append(filled[i]);
        }
        return out.append(literals[names.length]).toString();
    }
}
