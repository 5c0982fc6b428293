package no.kriteriebank.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation of model objects, with one validator for the whole library. Internal.
 *
 * <p>Records whose whole cascaded type graph uses only a small subset of the Jakarta constraints (the tender's, for
 * one) are checked by {@link DirectValidator}, which reads the same annotations and gives the same violations without
 * starting Hibernate Validator; every other class goes to Hibernate Validator. Its factory is built once, lazily (it
 * costs about a tenth of a second), and is thread-safe.
 */
public final class ModelValidation {
    /** A constraint violation as a path and a message. */
    public record Violation(String path, String message) {
    }

    private ModelValidation() {
    }

    private static final class Holder {
        // Keep a strong reference: JUL forgets levels set on loggers that are garbage collected.
        static final Logger QUIET = Logger.getLogger("org.hibernate.validator");
        static final Validator VALIDATOR;

        static {
            QUIET.setLevel(Level.WARNING);
            // Messages in English whatever the machine's locale: load errors must read the same everywhere.
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                    .defaultLocale(Locale.ROOT)
                    .locales(Locale.ROOT)
                    .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
                    .buildValidatorFactory();
            VALIDATOR = factory.getValidator();
        }
    }

    /**
     * Validates an object; violations are sorted by path, then message.
     *
     * @param value the object to validate
     * @return the violations, sorted
     */
    public static List<Violation> validate(Object value) {
        List<Violation> direct = value == null ? null : DirectValidator.validate(value);
        return sorted(direct != null ? direct : hibernate(value));
    }

    /**
     * Works out ahead of first use what validating objects of a type takes: the direct path's rules for the type and
     * every type it cascades to, or else Hibernate Validator's factory and its metadata for the type.
     *
     * @param type the type that will be validated
     */
    public static void prepare(Class<?> type) {
        if (!DirectValidator.supports(type)) {
            Holder.VALIDATOR.getConstraintsForClass(type);
        }
    }

    /** {@return the violations Hibernate Validator finds, sorted}: the reference the direct path is tested against */
    static List<Violation> withHibernate(Object value) {
        return sorted(hibernate(value));
    }

    private static List<Violation> hibernate(Object value) {
        Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(value);
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : violations) {
            out.add(new Violation(path(v.getPropertyPath()), v.getMessage()
                    + nearMiss(v.getConstraintDescriptor().getAnnotation(), v.getInvalidValue())));
        }
        return out;
    }

    private static List<Violation> sorted(List<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(new LinkedHashSet<>(violations));
        sorted.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return sorted;
    }

    /** {@code  (did you mean TRA-01?)} when a value that breaks a pattern is one slip away from matching it. */
    static String nearMiss(Annotation constraint, Object invalid) {
        if (constraint instanceof jakarta.validation.constraints.Pattern p && invalid instanceof String value) {
            return DidYouMean.nearMiss(value, p.regexp()).map(s -> " (did you mean " + s + "?)").orElse("");
        }
        return "";
    }

    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    out.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }
}
