package no.kriteriebank.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * One Jakarta constraint of the subset {@link DirectValidator} checks itself, with its message resolved once. It
 * decides a value exactly as Hibernate Validator 9's built-in validator for the same annotation and declared type
 * does; {@link #of} gives null for anything else, so the class goes to Hibernate Validator.
 *
 * @param annotation the annotation, as written on the model
 * @param kind which check
 * @param pattern the compiled expression of a {@code @Pattern}, else null
 * @param decimal the bound of a {@code @DecimalMin}/{@code @DecimalMax}, else null
 * @param bound the bound of a {@code @Min}/{@code @Max}
 * @param inclusive whether a decimal bound is allowed itself
 * @param message the interpolated message
 */
record DirectConstraint(Annotation annotation, Kind kind, java.util.regex.Pattern pattern, BigDecimal decimal,
        long bound, boolean inclusive, String message) {

    /** The checks of the subset. */
    enum Kind {
        NOT_NULL, NOT_BLANK, NOT_EMPTY, PATTERN, DECIMAL_MIN, DECIMAL_MAX, MIN, MAX
    }

    /** Whole-number types that Hibernate Validator's {@code @Min}/{@code @Max} compare as longs. */
    private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class);
    /** Types whose emptiness Hibernate Validator's {@code @NotEmpty} validators test with isEmpty or length. */
    private static final Set<Class<?>> SIZED = Set.of(String.class, java.util.Collection.class, java.util.List.class,
            java.util.Set.class, java.util.Map.class);

    /**
     * The constraint an annotation declares on a value of a declared type, or null when it is outside the subset:
     * another annotation, groups or payloads, {@code @Pattern} flags, a type the subset does not check, a bound or
     * expression Hibernate Validator would refuse, or a message {@link ConstraintMessages} cannot resolve exactly.
     */
    static DirectConstraint of(Annotation a, Class<?> type) {
        DirectConstraint c = null;
        if (a instanceof NotNull n && n.groups().length == 0 && n.payload().length == 0) {
            c = new DirectConstraint(a, Kind.NOT_NULL, null, null, 0, false, null);
        } else if (a instanceof NotBlank n && n.groups().length == 0 && n.payload().length == 0
                && type == String.class) {
            c = new DirectConstraint(a, Kind.NOT_BLANK, null, null, 0, false, null);
        } else if (a instanceof NotEmpty n && n.groups().length == 0 && n.payload().length == 0
                && SIZED.contains(type)) {
            c = new DirectConstraint(a, Kind.NOT_EMPTY, null, null, 0, false, null);
        } else if (a instanceof Pattern p && p.groups().length == 0 && p.payload().length == 0
                && p.flags().length == 0 && type == String.class) {
            c = pattern(a, p.regexp());
        } else if (a instanceof DecimalMin d && d.groups().length == 0 && d.payload().length == 0
                && type == BigDecimal.class) {
            c = decimal(a, Kind.DECIMAL_MIN, d.value(), d.inclusive());
        } else if (a instanceof DecimalMax d && d.groups().length == 0 && d.payload().length == 0
                && type == BigDecimal.class) {
            c = decimal(a, Kind.DECIMAL_MAX, d.value(), d.inclusive());
        } else if (a instanceof Min m && m.groups().length == 0 && m.payload().length == 0 && WHOLE.contains(type)) {
            c = new DirectConstraint(a, Kind.MIN, null, null, m.value(), true, null);
        } else if (a instanceof Max m && m.groups().length == 0 && m.payload().length == 0 && WHOLE.contains(type)) {
            c = new DirectConstraint(a, Kind.MAX, null, null, m.value(), true, null);
        }
        if (c == null) {
            return null;
        }
        String message = ConstraintMessages.interpolate(a);
        return message == null ? null
                : new DirectConstraint(a, c.kind, c.pattern, c.decimal, c.bound, c.inclusive, message);
    }

    private static DirectConstraint pattern(Annotation a, String regexp) {
        try {
            return new DirectConstraint(a, Kind.PATTERN, java.util.regex.Pattern.compile(regexp), null, 0, false, null);
        } catch (PatternSyntaxException e) {
            return null; // Hibernate Validator throws for it
        }
    }

    private static DirectConstraint decimal(Annotation a, Kind kind, String value, boolean inclusive) {
        try {
            return new DirectConstraint(a, kind, null, new BigDecimal(value), 0, inclusive, null);
        } catch (NumberFormatException e) {
            return null; // Hibernate Validator throws for it
        }
    }

    /** {@return whether the value passes}, null passing all but {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} */
    boolean valid(Object value) {
        if (kind == Kind.NOT_NULL) {
            return value != null;
        }
        if (kind == Kind.NOT_BLANK) {
            return value != null && !value.toString().isBlank();
        }
        if (kind == Kind.NOT_EMPTY) {
            return value instanceof CharSequence text ? text.length() > 0
                    : value instanceof java.util.Collection<?> collection ? !collection.isEmpty()
                    : value instanceof java.util.Map<?, ?> map && !map.isEmpty();
        }
        if (value == null) {
            return true;
        }
        return switch (kind) {
            case PATTERN -> pattern.matcher((CharSequence) value).matches();
            case DECIMAL_MIN -> inclusive ? ((BigDecimal) value).compareTo(decimal) >= 0
                    : ((BigDecimal) value).compareTo(decimal) > 0;
            case DECIMAL_MAX -> inclusive ? ((BigDecimal) value).compareTo(decimal) <= 0
                    : ((BigDecimal) value).compareTo(decimal) < 0;
            case MIN -> ((Number) value).longValue() >= bound;
            case MAX -> ((Number) value).longValue() <= bound;
            default -> throw new AssertionError(kind);
        };
    }
}
