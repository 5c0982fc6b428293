package no.kriteriebank.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedTypeVariable;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bean Validation without Hibernate Validator, for records whose whole cascaded type graph uses only the subset it
 * interprets: the Jakarta annotations of {@link DirectConstraint} (default group and payload) on record fields, on
 * the element of a {@code List} or {@code Set} or the value of a {@code Map}, and {@code @Valid} on a record-typed field or such an
 * element. The annotations stay the one source of the rules; this reads them as Hibernate Validator 9 does and gives
 * the same violations (proven by {@code DirectValidatorProperties}). A class that uses anything else (another or a
 * custom constraint, class-level constraints, groups, constrained getters, other containers, {@code @Valid} on a
 * container or a non-record, a cycle among the cascaded types, a message it cannot resolve) is not supported as a
 * whole, and {@link ModelValidation} gives it to Hibernate Validator: never half a validation.
 *
 * <p>What a class needs is worked out once, on first use, and kept per class ({@link ClassValue}: thread-safe).
 */
final class DirectValidator {
    private DirectValidator() {
    }

    /** How a field's value is looked into. */
    private enum Container {
        NONE, LIST, SET, MAP
    }

    /**
     * A record field and what is checked on it.
     *
     * @param name the property name
     * @param field the field, accessible
     * @param constraints checks on the value
     * @param cascade the record type to validate the value as, or null
     * @param container how the value's elements are reached
     * @param elementConstraints checks on each element (list element, map value)
     * @param elementCascade the record type to validate each element as, or null
     */
    private record Property(String name, Field field, List<DirectConstraint> constraints, Class<?> cascade,
            Container container, List<DirectConstraint> elementConstraints, Class<?> elementCascade) {
    }

    /** The properties of one record on its own, or empty when the record itself is outside the subset. */
    private static final ClassValue<Optional<List<Property>>> LOCAL = new ClassValue<>() {
        @Override
        protected Optional<List<Property>> computeValue(Class<?> type) {
            try {
                return Optional.ofNullable(properties(type));
            } catch (RuntimeException e) {
                return Optional.empty(); // annotations that cannot be read here: Hibernate Validator decides
            }
        }
    };

    /** Whether a class and every record it cascades to are inside the subset, without cycles. */
    private static final ClassValue<Boolean> SUPPORTED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return graph(type, new HashSet<>(), new HashSet<>());
        }
    };

    /** {@return whether objects of this class are validated here rather than by Hibernate Validator} */
    static boolean supports(Class<?> type) {
        return SUPPORTED.get(type);
    }

    /**
     * Validates an object of a supported class.
     *
     * @param value the object, not null
     * @return the violations (unsorted, possibly repeated), or null when the class is not supported
     */
    static List<ModelValidation.Violation> validate(Object value) {
        if (!supports(value.getClass())) {
            return null;
        }
        List<ModelValidation.Violation> out = new ArrayList<>();
        bean(value, "", out);
        return out;
    }

    private static void bean(Object bean, String prefix, List<ModelValidation.Violation> out) {
        for (Property p : LOCAL.get(bean.getClass()).orElseThrow()) {
            String path = prefix.isEmpty() ? p.name : prefix + "." + p.name;
            Object value;
            try {
                value = p.field.get(bean);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e); // made accessible when the class was planned
            }
            check(p.constraints, value, path, out);
            if (value == null) {
                continue;
            }
            if (p.cascade != null) {
                bean(value, path, out);
            }
            if (p.container == Container.LIST) {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    element(p, list.get(i), path + "[" + i + "]", out);
                }
            } else if (p.container == Container.SET) {
                for (Object element : (Set<?>) value) {
                    element(p, element, path, out); // a set's element has no index: the path is the set's
                }
            } else if (p.container == Container.MAP) {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    element(p, e.getValue(), e.getKey() == null ? path : path + "[" + e.getKey() + "]", out);
                }
            }
        }
    }

    private static void element(Property p, Object value, String path, List<ModelValidation.Violation> out) {
        check(p.elementConstraints, value, path, out);
        if (value != null && p.elementCascade != null) {
            bean(value, path, out);
        }
    }

    private static void check(List<DirectConstraint> constraints, Object value, String path,
            List<ModelValidation.Violation> out) {
        for (DirectConstraint c : constraints) {
            if (!c.valid(value)) {
                out.add(new ModelValidation.Violation(path, c.message() + ModelValidation.nearMiss(c.annotation(),
                        value)));
            }
        }
    }

    /** Depth first over the cascaded records; a cycle is left to Hibernate Validator, which tracks visited beans. */
    private static boolean graph(Class<?> type, Set<Class<?>> open, Set<Class<?>> done) {
        if (done.contains(type)) {
            return true;
        }
        if (!open.add(type)) {
            return false;
        }
        Optional<List<Property>> properties = LOCAL.get(type);
        if (properties.isEmpty()) {
            return false;
        }
        for (Property p : properties.get()) {
            for (Class<?> next : new Class<?>[] {p.cascade, p.elementCascade}) {
                if (next != null && !graph(next, open, done)) {
                    return false;
                }
            }
        }
        open.remove(type);
        done.add(type);
        return true;
    }

    /** The checks of a record's own fields, or null when anything about the record is outside the subset. */
    private static List<Property> properties(Class<?> type) {
        if (!type.isRecord() || Modifier.isAbstract(type.getModifiers())) {
            return null;
        }
        for (Class<?> c : hierarchy(type)) {
            if (has(c.getAnnotations())) {
                return null; // class-level constraints, @GroupSequence, ...
            }
            if (c != type) {
                for (Method m : c.getDeclaredMethods()) {
                    if (has(m)) {
                        return null; // an interface's constrained getter or method
                    }
                }
            }
        }
        Set<String> components = new HashSet<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            components.add(rc.getName());
        }
        for (Method m : type.getDeclaredMethods()) {
            // Hibernate Validator reads fields and getters (get/is/has); a record's accessors carry the annotations of
            // their components, which it ignores unless the name looks like a getter.
            boolean accessor = m.getParameterCount() == 0 && components.contains(m.getName());
            if (has(m) && (!accessor || m.getName().startsWith("get") || m.getName().startsWith("is")
                    || m.getName().startsWith("has"))) {
                return null;
            }
        }
        List<Property> out = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            boolean annotated = has(f.getDeclaredAnnotations()) || deep(f.getAnnotatedType());
            if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                if (annotated) {
                    return null;
                }
                continue;
            }
            if (!annotated) {
                continue;
            }
            Property p = property(f);
            if (p == null || !f.trySetAccessible()) {
                return null;
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    private static Property property(Field f) {
        Class<?> type = f.getType();
        List<DirectConstraint> constraints = new ArrayList<>();
        Class<?> cascade = null;
        Set<Annotation> declared = Set.of(f.getDeclaredAnnotations());
        for (Annotation a : declared) {
            if (!relevant(a)) {
                continue;
            }
            if (a instanceof Valid) {
                if (!type.isRecord()) {
                    return null; // a container or a class that may be subclassed
                }
                cascade = type;
                continue;
            }
            DirectConstraint c = DirectConstraint.of(a, type);
            if (c == null) {
                return null;
            }
            constraints.add(c);
        }
        AnnotatedType annotated = f.getAnnotatedType();
        for (Annotation a : annotated.getAnnotations()) {
            if (relevant(a) && !declared.contains(a)) {
                return null; // a type-use-only constraint on the field's own type
            }
        }
        Container container = Container.NONE;
        List<DirectConstraint> elementConstraints = new ArrayList<>();
        Class<?> elementCascade = null;
        if (annotated instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                AnnotatedType argument = arguments[i];
                if (nested(argument)) {
                    return null;
                }
                if (!has(argument.getAnnotations())) {
                    continue;
                }
                boolean element = (type == List.class || type == Set.class) && i == 0 || type == Map.class && i == 1;
                if (!element || !(argument.getType() instanceof Class<?> elementType)) {
                    return null; // a map key, another container, a wildcard or type variable
                }
                container = type == List.class ? Container.LIST : type == Set.class ? Container.SET : Container.MAP;
                for (Annotation a : argument.getAnnotations()) {
                    if (!relevant(a)) {
                        continue;
                    }
                    if (a instanceof Valid) {
                        if (!elementType.isRecord()) {
                            return null;
                        }
                        elementCascade = elementType;
                        continue;
                    }
                    DirectConstraint c = DirectConstraint.of(a, elementType);
                    if (c == null) {
                        return null;
                    }
                    elementConstraints.add(c);
                }
            }
        } else if (!(annotated.getType() instanceof Class<?>) || nested(annotated)) {
            return null; // a type variable, or constraints inside an array type
        }
        return new Property(f.getName(), f, List.copyOf(constraints), cascade, container,
                List.copyOf(elementConstraints), elementCascade);
    }

    /** Whether a type argument has constraints below its own level ({@code List<List<@NotNull X>>}). */
    private static boolean nested(AnnotatedType argument) {
        if (argument instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType t : p.getAnnotatedActualTypeArguments()) {
                if (deep(t)) {
                    return true;
                }
            }
        }
        if (argument instanceof AnnotatedArrayType a) {
            return deep(a.getAnnotatedGenericComponentType());
        }
        if (argument instanceof AnnotatedWildcardType w) {
            for (AnnotatedType t : w.getAnnotatedUpperBounds()) {
                if (deep(t)) {
                    return true;
                }
            }
            for (AnnotatedType t : w.getAnnotatedLowerBounds()) {
                if (deep(t)) {
                    return true;
                }
            }
        }
        return argument instanceof AnnotatedTypeVariable && has(argument.getAnnotations());
    }

    /** Whether a type or any type inside it carries a validation annotation. */
    private static boolean deep(AnnotatedType type) {
        return has(type.getAnnotations()) || nested(type);
    }

    private static boolean has(Method m) {
        if (has(m.getDeclaredAnnotations()) || deep(m.getAnnotatedReturnType())) {
            return true;
        }
        for (Annotation[] parameter : m.getParameterAnnotations()) {
            if (has(parameter)) {
                return true;
            }
        }
        for (AnnotatedType t : m.getAnnotatedParameterTypes()) {
            if (deep(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (relevant(a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether Bean Validation could read meaning into an annotation: its API's, Hibernate's, or a constraint. */
    private static boolean relevant(Annotation a) {
        Class<? extends Annotation> type = a.annotationType();
        String name = type.getName();
        if (name.startsWith("jakarta.validation.") || name.startsWith("javax.validation.")
                || name.startsWith("org.hibernate.validator.") || type.isAnnotationPresent(Constraint.class)) {
            return true;
        }
        try {
            Method value = type.getMethod("value");
            Class<?> returned = value.getReturnType();
            return returned.isArray() && returned.getComponentType().isAnnotationPresent(Constraint.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The class, its superclasses and every interface it implements. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        List<Class<?>> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> c = todo.remove(todo.size() - 1);
            if (c == null || c == Object.class || c == Record.class || out.contains(c)) {
                continue;
            }
            out.add(c);
            todo.add(c.getSuperclass());
            todo.addAll(List.of(c.getInterfaces()));
        }
        return out;
    }
}
