package no.kriteriebank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.kriteriebank.tender.Addition;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentApproach;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** Which classes the direct validator takes, and that what it does not take still gets Hibernate Validator's answer. */
class DirectValidatorTest {

    @Test
    void theTenderIsValidatedWithoutHibernateValidator() {
        for (Class<?> type : List.of(Tender.class, SelectedCriterion.class, EnvironmentApproach.class,
                AwardModel.class, AwardComponent.class, Addition.class)) {
            assertThat(DirectValidator.supports(type)).as(type.getName()).isTrue();
        }
        Tender broken = Tender.builder(" ", null, null).cpv("6013000").criterion("TRA-O1").build();
        assertThat(DirectValidator.validate(broken)).isNotNull();
        assertThat(ModelValidation.validate(broken)).containsExactly(
                new ModelValidation.Violation("buyer", "must not be blank"),
                new ModelValidation.Violation("cpv[0]", "must be a CPV code such as 60130000 or 60130000-8"),
                new ModelValidation.Violation("criteria[0].id", "must be a criterion id such as TRA-01 or a pinned key "
                        + "such as TRA-01@2 (a revision of at most 9 digits) (did you mean TRA-01?)"),
                new ModelValidation.Violation("language", "must not be null"),
                new ModelValidation.Violation("title", "must not be blank"))
                .isEqualTo(ModelValidation.withHibernate(broken));
    }

    // --- the subset's messages with parameters, which the tender does not use, read as Hibernate Validator reads them

    record Inner(@NotBlank String name) {
    }

    record Bounds(@Min(1) Integer low, @Max(15) long high, @Min(value = -3, message = "at least {value}") Long custom,
            @Pattern(regexp = "[A-Z]+-[0-9]+") String code,
            @DecimalMin(value = "0.5", inclusive = false, message = "over {value} (inclusive: {inclusive})")
            @DecimalMax(value = "100", message = "{jakarta.validation.constraints.NotNull.message} or {value}")
            BigDecimal share,
            Map<String, @NotBlank String> labels, List<@NotNull @Valid Inner> inner, @Valid Inner one) {
    }

    record Sets(@NotEmpty Set<@NotNull String> names, @NotEmpty List<String> list, @NotEmpty String text,
            @NotEmpty Map<String, String> map, Set<@Valid Inner> inner) {
    }

    @Test
    void setsAndEmptinessAreThoseOfHibernateValidator() {
        assertThat(DirectValidator.supports(Sets.class)).isTrue();
        List<Object> cases = List.of(
                new Sets(new java.util.HashSet<>(Arrays.asList("a", null)), List.of(), "", Map.of(),
                        Set.of(new Inner(""), new Inner(" "), new Inner("x"))),
                new Sets(Set.of(), null, null, null, null),
                new Sets(Set.of("a"), List.of("b"), " ", Map.of("k", "v"), Set.of()));
        for (Object value : cases) {
            assertThat(DirectValidator.validate(value)).isNotNull();
            assertThat(ModelValidation.validate(value)).isEqualTo(ModelValidation.withHibernate(value));
        }
        assertThat(ModelValidation.validate(cases.get(0))).containsExactly(
                new ModelValidation.Violation("inner.name", "must not be blank"),
                new ModelValidation.Violation("list", "must not be empty"),
                new ModelValidation.Violation("map", "must not be empty"),
                new ModelValidation.Violation("names", "must not be null"),
                new ModelValidation.Violation("text", "must not be empty"));
    }

    @Test
    void theRuleSetsAndTheirBrokenCopiesGetTheSameViolationsBothWays() throws Exception {
        int compared = 0;
        for (no.kriteriebank.check.RuleSet r : no.kriteriebank.check.RuleSets.standard().all()) {
            assertThat(DirectValidator.supports(r.getClass())).isTrue();
            List<Object> all = new ArrayList<>(List.of(r));
            all.addAll(broken(r, 2));
            for (Object v : all) {
                assertThat(ModelValidation.validate(v)).as(v.toString()).isEqualTo(ModelValidation.withHibernate(v));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void parametersAndDefaultMessagesAreThoseOfHibernateValidator() {
        assertThat(DirectValidator.supports(Bounds.class)).isTrue();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("a", " ");
        labels.put("b", "ok");
        labels.put("c", null);
        List<Object> cases = List.of(
                new Bounds(0, 16, -4L, "TRA-O1", new BigDecimal("0.5"), labels,
                        Arrays.asList(new Inner(""), null, new Inner("x")), new Inner("\u2003")),
                new Bounds(1, 15, -3L, "TRA-01", new BigDecimal("100.00"), Map.of(), List.of(), null),
                new Bounds(null, Long.MIN_VALUE, null, "", new BigDecimal("100.01"), null, null, new Inner(null)));
        for (Object value : cases) {
            assertThat(DirectValidator.validate(value)).isNotNull();
            assertThat(ModelValidation.validate(value)).isEqualTo(ModelValidation.withHibernate(value));
        }
        assertThat(ModelValidation.validate(cases.get(0))).extracting(ModelValidation.Violation::message)
                .contains("must be greater than or equal to 1", "must be less than or equal to 15", "at least -3",
                        "must match \"[A-Z]+-[0-9]+\" (did you mean TRA-01?)", "over 0.5 (inclusive: false)");
        assertThat(ModelValidation.validate(cases.get(2))).extracting(ModelValidation.Violation::message)
                .contains("must not be null or 100");
    }

    // --- anything outside the subset goes to Hibernate Validator as a whole, with its answer

    record Sized(@NotNull String name, @Size(max = 2) String code) {
    }

    record DefaultDecimal(@NotNull String name, @DecimalMin("0") BigDecimal value) {
    }

    record BracedPattern(@NotNull String name, @Pattern(regexp = "\\d{8}") String cpv) {
    }

    record WithFlags(@Pattern(regexp = "a+", flags = Pattern.Flag.CASE_INSENSITIVE) String text) {
    }

    interface Marker {
    }

    record Grouped(@NotNull(groups = Marker.class) String text, @NotBlank String other) {
    }

    record InOptional(java.util.Optional<@NotNull String> name, @NotBlank String other) {
    }

    record OldCascade(@Valid List<Inner> inner) {
    }

    record Node(@NotBlank String name, @Valid Node next) {
    }

    record Outer(@NotBlank String name, @Valid Sized sized) {
    }

    record MapKeys(Map<@NotBlank String, String> names) {
    }

    @Test
    void unsupportedClassesFallBackToHibernateValidatorWithItsAnswer() {
        List<Object> values = List.of(
                new Sized(null, "abc"),
                new DefaultDecimal("x", new BigDecimal("-1")),
                new BracedPattern("x", "123"),
                new WithFlags("AAA"),
                new WithFlags("b"),
                new Grouped(null, " "),
                new InOptional(java.util.Optional.empty(), ""),
                new OldCascade(List.of(new Inner(""))),
                new Node("a", new Node("", null)),
                new Outer("", new Sized(null, "abc")),
                new MapKeys(Map.of(" ", "x")));
        for (Object value : values) {
            assertThat(DirectValidator.supports(value.getClass())).as(value.getClass().getSimpleName()).isFalse();
            assertThat(DirectValidator.validate(value)).isNull();
            List<ModelValidation.Violation> found = ModelValidation.validate(value);
            assertThat(found).isEqualTo(ModelValidation.withHibernate(value));
        }
        assertThat(ModelValidation.validate(new Outer("", new Sized(null, "abc")))).containsExactly(
                new ModelValidation.Violation("name", "must not be blank"),
                new ModelValidation.Violation("sized.code", "size must be between 0 and 2"),
                new ModelValidation.Violation("sized.name", "must not be null"));
        assertThat(ModelValidation.validate(new DefaultDecimal("x", new BigDecimal("-1")))).extracting(
                ModelValidation.Violation::message).containsExactly(
                        "must be greater than ${inclusive == true ? 'or equal to ' : ''}0");
    }

    // --- every tender file of the project, read through the loader, validated both ways

    @Test
    void everyTenderFixtureGetsTheSameViolationsBothWays() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("../examples/tenders"), Path.of("../cli/src/test/resources/corpus/tenders"))) {
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted()
                        .forEach(files::add);
            }
        }
        DocumentReader<Tender> reader = new DocumentReader<>(Tender.class);
        int bound = 0;
        int invalid = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            DocumentReader.Result<Tender> result = reader.read(file.toString(), text);
            if (result.value() == null) {
                continue;
            }
            bound++;
            List<ModelValidation.Violation> direct = ModelValidation.validate(result.value());
            assertThat(direct).as(file.toString()).isEqualTo(ModelValidation.withHibernate(result.value()));
            invalid += direct.isEmpty() ? 0 : 1;
            for (ModelValidation.Violation v : direct) {
                assertThat(result.problems()).as(file.toString())
                        .anyMatch(p -> p.path().equals(v.path()));
            }
        }
        assertThat(files).hasSizeGreaterThan(40);
        assertThat(bound).isGreaterThan(20);
        assertThat(invalid).isGreaterThan(3);
    }

    // --- the bank's records are in the subset too: every bank file, and each of its criteria broken one field at a time

    @Test
    void everyBankFileAndItsBrokenCriteriaGetTheSameViolationsBothWays() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("../templates/src/main/resources/no/kriteriebank/templates/bank"),
                Path.of("../cli/src/test/resources/corpus/banks"), Path.of("src/test/resources/diff"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        @SuppressWarnings("unchecked")
        DocumentReader<Object> areas = new DocumentReader<>(
                (Class<Object>) Class.forName("no.kriteriebank.bank.CriteriaFile"));
        @SuppressWarnings("unchecked")
        DocumentReader<Object> banks = new DocumentReader<>(
                (Class<Object>) Class.forName("no.kriteriebank.bank.BankFile"));
        int compared = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            DocumentReader<Object> reader = file.getFileName().toString().equals("bank.yaml") ? banks : areas;
            Object value = reader.read(file.toString(), text).value();
            if (value == null) {
                continue;
            }
            assertThat(DirectValidator.supports(value.getClass())).isTrue();
            List<Object> all = new ArrayList<>(List.of(value));
            for (Object part : components(value)) {
                if (part instanceof List<?> list) {
                    for (Object criterion : list) {
                        if (criterion != null && criterion.getClass().isRecord()) {
                            all.add(criterion);
                            all.addAll(broken(criterion, 2));
                        }
                    }
                }
            }
            for (Object v : all) {
                assertThat(ModelValidation.validate(v)).as(file + ": " + v)
                        .isEqualTo(ModelValidation.withHibernate(v));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /** Copies of a record with one component (or one in a nested record, down to a depth) set to a breaking value. */
    private static List<Object> broken(Object record, int depth) throws Exception {
        List<Object> out = new ArrayList<>();
        java.lang.reflect.RecordComponent[] rc = record.getClass().getRecordComponents();
        Object[] values = components(record).toArray();
        Class<?>[] types = Arrays.stream(rc).map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
        java.lang.reflect.Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
        for (int i = 0; i < rc.length; i++) {
            List<Object> replacements = new ArrayList<>();
            Class<?> type = types[i];
            if (!type.isPrimitive()) {
                replacements.add(null);
            }
            if (type == String.class) {
                replacements.addAll(List.of("", " ", "\u2003", "TRA-O1", "1"));
            } else if (type == Integer.class || type == int.class) {
                replacements.addAll(List.of(0, -1, 16, Integer.MIN_VALUE));
            } else if (type == BigDecimal.class) {
                replacements.addAll(List.of(new BigDecimal("-0.01"), new BigDecimal("100.01")));
            } else if (type == List.class && values[i] instanceof List<?> list && !list.isEmpty()) {
                List<Object> withNull = new ArrayList<>(list);
                withNull.add(null);
                replacements.add(withNull);
                if (depth > 0 && list.get(0) != null && list.get(0).getClass().isRecord()) {
                    for (Object b : broken(list.get(0), depth - 1)) {
                        List<Object> copy = new ArrayList<>(list);
                        copy.set(0, b);
                        replacements.add(copy);
                    }
                }
            } else if (type == Set.class) {
                replacements.add(Set.of());
                replacements.add(new java.util.HashSet<>(Arrays.asList((Object) null)));
            } else if (type == Boolean.class) {
                replacements.add(Boolean.FALSE);
            } else if (depth > 0 && values[i] != null && type.isRecord()) {
                replacements.addAll(broken(values[i], depth - 1));
            }
            for (Object r : replacements) {
                Object[] args = values.clone();
                args[i] = r;
                try {
                    out.add(canonical.newInstance(args));
                } catch (java.lang.reflect.InvocationTargetException e) {
                    // the constructor refuses it: not a value validation can meet
                }
            }
        }
        return out;
    }

    private static List<Object> components(Object record) throws Exception {
        List<Object> out = new ArrayList<>();
        for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            out.add(accessor.invoke(record));
        }
        return out;
    }
}
