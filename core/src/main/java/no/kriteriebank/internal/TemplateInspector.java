package no.kriteriebank.internal;

import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a parsed FreeMarker template, every directive and every expression, and finds what a Kriteriebank template
 * may not use. Because it looks at the parsed tree, spelling does not matter: {@code ?eval}, {@code ?<#-- -->eval},
 * {@code [#-- --]} square-bracket syntax and camelCase {@code ?evalJson} are the same node. Internal.
 *
 * <p>Refused: the built-ins that run text as template code ({@code ?eval}, {@code ?eval_json}, {@code ?interpret}),
 * that reach Java ({@code ?new}, {@code ?api}), the machine clock ({@code .now}), {@code <#setting>} (locale, time
 * zone and number format must not change per machine), and {@code ?left_pad}/{@code ?right_pad} unless the width
 * is written as a number of at most {@value #MAX_PAD}, so one expression cannot ask for gigabytes.
 *
 * <p>FreeMarker keeps expression nodes package-private; the walk reads them through the two accessors its own tools
 * use ({@code getParameterCount}, {@code getParameterValue}). The FreeMarker version is pinned ({@link
 * Sandbox#VERSION}) and a test proves every refusal, so a change in those internals fails the build, not the sandbox.
 */
final class TemplateInspector {
    /** The widest padding a template may ask for. */
    static final int MAX_PAD = 1000;

    private static final Set<String> FORBIDDEN_BUILT_INS = Set.of("eval", "eval_json", "interpret", "new", "api");
    private static final Set<String> PADS = Set.of("left_pad", "right_pad");

    private static final Method PARAMETER_COUNT;
    private static final Method PARAMETER_VALUE;
    private static final Class<?> BUILT_IN;
    private static final Field BUILT_IN_KEY;
    private static final String BUILT_IN_VARIABLE = "freemarker.core.BuiltinVariable";
    private static final String PROPERTY_SETTING = "freemarker.core.PropertySetting";
    private static final String METHOD_CALL = "freemarker.core.MethodCall";

    static {
        try {
            PARAMETER_COUNT = TemplateObject.class.getDeclaredMethod("getParameterCount");
            PARAMETER_VALUE = TemplateObject.class.getDeclaredMethod("getParameterValue", int.class);
            BUILT_IN = Class.forName("freemarker.core.BuiltIn");
            BUILT_IN_KEY = BUILT_IN.getDeclaredField("key");
            PARAMETER_COUNT.setAccessible(true);
            PARAMETER_VALUE.setAccessible(true);
            BUILT_IN_KEY.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("this FreeMarker version cannot be inspected: " + e);
        }
    }

    /** What is refused and where. */
    record Refusal(int line, int column, String what) {
        /** {@return {@code line L, column C: what}} */
        String message() {
            return "line " + line + ", column " + column + ": " + what;
        }
    }

    private final Map<Object, Boolean> seen = new IdentityHashMap<>();
    private final Set<Object> checkedPads = Collections.newSetFromMap(new IdentityHashMap<>());
    private Refusal found;

    private TemplateInspector() {
    }

    /**
     * The first thing in the template that is refused, in document order.
     *
     * @param template a parsed template
     * @return the refusal, or empty when the template may run
     */
    static Optional<Refusal> inspect(Template template) {
        TemplateInspector inspector = new TemplateInspector();
        inspector.visit(template.getRootTreeNode());
        return Optional.ofNullable(inspector.found);
    }

    private void visit(TemplateObject node) {
        if (node == null || found != null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        check(node);
        int count = parameterCount(node);
        for (int i = 0; i < count && found == null; i++) {
            visitValue(parameterValue(node, i));
        }
        if (node instanceof TemplateElement) {
            TemplateElement element = (TemplateElement) node;
            for (int i = 0; i < element.getChildCount() && found == null; i++) {
                visit((TemplateObject) element.getChildAt(i));
            }
        }
    }

    private void visitValue(Object value) {
        if (value instanceof TemplateObject) {
            visit((TemplateObject) value);
        } else if (value instanceof Collection) {
            for (Object item : (Collection<?>) value) {
                visitValue(item);
            }
        } else if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                visitValue(e.getKey());
                visitValue(e.getValue());
            }
        }
    }

    private void check(TemplateObject node) {
        String type = node.getClass().getName();
        if (BUILT_IN.isInstance(node)) {
            String key = snakeCase(builtInKey(node));
            if (FORBIDDEN_BUILT_INS.contains(key)) {
                refuse(node, "?" + key + " is not allowed in Kriteriebank templates");
            } else if (PADS.contains(key) && !checkedPads.contains(node)) {
                refuse(node, "?" + key + " must be called with a width written as a number of at most " + MAX_PAD);
            }
        } else if (type.equals(BUILT_IN_VARIABLE)) {
            if (node.getCanonicalForm().equals(".now")) {
                refuse(node, ".now is not allowed in Kriteriebank templates: output must not depend on the clock");
            }
        } else if (type.equals(PROPERTY_SETTING)) {
            refuse(node, "<#setting> is not allowed in Kriteriebank templates: locale, time zone and number format "
                    + "are fixed so that output is the same on every machine");
        } else if (type.equals(METHOD_CALL)) {
            checkPadCall(node);
        }
    }

    /** A pad called with a small literal width is fine; mark it so that visiting the built-in does not refuse it. */
    private void checkPadCall(TemplateObject call) {
        Object target = parameterValue(call, 0);
        if (!BUILT_IN.isInstance(target) || !PADS.contains(snakeCase(builtInKey((TemplateObject) target)))) {
            return;
        }
        int count = parameterCount(call);
        if (count < 2) {
            return;
        }
        Object width = parameterValue(call, 1);
        if (width instanceof TemplateNumberModel) {
            try {
                Number n = ((TemplateNumberModel) width).getAsNumber();
                if (n.doubleValue() >= 0 && n.doubleValue() <= MAX_PAD) {
                    checkedPads.add(target);
                }
            } catch (TemplateModelException e) {
                // not a literal after all: the built-in is refused below
            }
        }
    }

    private void refuse(TemplateObject node, String what) {
        found = new Refusal(node.getBeginLine(), node.getBeginColumn(), what);
    }

    private static String snakeCase(String key) {
        StringBuilder out = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String builtInKey(TemplateObject builtIn) {
        try {
            return String.valueOf(BUILT_IN_KEY.get(builtIn));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read a FreeMarker built-in's name", e);
        }
    }

    private static int parameterCount(TemplateObject node) {
        try {
            return (Integer) PARAMETER_COUNT.invoke(node);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot walk a FreeMarker template", e);
        }
    }

    private static Object parameterValue(TemplateObject node, int index) {
        try {
            return PARAMETER_VALUE.invoke(node, index);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot walk a FreeMarker template", e);
        }
    }
}
