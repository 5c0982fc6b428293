package no.kriteriebank.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kriteriebank.internal.DidYouMean;
import no.kriteriebank.internal.DocumentReader;
import no.kriteriebank.internal.ModelValidation;
import no.kriteriebank.internal.Text;

/**
 * The rule sets a {@link TenderChecker} can check against, in date order, with no two in force on the same day.
 *
 * <p>{@link #standard()} holds the rule sets shipped with Kriteriebank, read from the YAML files listed in
 * {@code no/kriteriebank/check/rule-sets.yaml}: a change in the law is a new file there, not new code. Instances are
 * immutable and thread-safe.
 */
public final class RuleSets {
    static final String RESOURCE_DIRECTORY = "no/kriteriebank/check/";
    static final String INDEX = "rule-sets.yaml";

    private final List<RuleSet> all;
    private final Map<String, RuleSet> byId;

    private RuleSets(List<RuleSet> sorted) {
        this.all = List.copyOf(sorted);
        Map<String, RuleSet> index = new LinkedHashMap<>();
        for (RuleSet r : all) {
            index.put(r.id(), r);
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** {@return the rule sets shipped with Kriteriebank, read once on first use} */
    public static RuleSets standard() {
        return Standard.RULE_SETS;
    }

    /**
     * Rule sets of your own, e.g. a rule set for a change in the law that Kriteriebank does not ship yet.
     *
     * @param ruleSets the rule sets, in any order
     * @return the rule sets, sorted by the day they come into force
     * @throws IllegalArgumentException when a rule set is invalid, two share an id, or two periods overlap
     */
    public static RuleSets of(List<RuleSet> ruleSets) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> parameterNames = Arrays.stream(RuleParameters.class.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet());
        for (RuleSet r : ruleSets) {
            if (r == null) {
                problems.add("a rule set is null");
                continue;
            }
            for (ModelValidation.Violation v : ModelValidation.validate(r)) {
                problems.add(r.id() + ": " + v.path() + ": " + v.message());
            }
            if (r.id() != null && !ids.add(r.id())) {
                problems.add(r.id() + ": the id is used twice");
            }
            if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
                problems.add(r.id() + ": validTo " + r.validTo() + " is before validFrom " + r.validFrom());
            }
            if (r.parameters() != null && !r.parameters().options().containsAll(r.parameters().justificationRequired())) {
                problems.add(r.id() + ": parameters.justificationRequired names options that are not in parameters.options");
            }
            for (int i = 0; i < r.notes().size(); i++) {
                String name = r.notes().get(i).parameter();
                if (name != null && !parameterNames.contains(name)) {
                    problems.add(r.id() + ": notes[" + i + "].parameter: there is no parameter '" + name + "'");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid rule sets:\n" + String.join("\n", problems));
        }
        List<RuleSet> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(RuleSet::validFrom).thenComparing(RuleSet::id));
        for (int i = 1; i < sorted.size(); i++) {
            RuleSet before = sorted.get(i - 1);
            RuleSet after = sorted.get(i);
            if (before.validTo() == null || !before.validTo().isBefore(after.validFrom())) {
                problems.add(before.id() + " and " + after.id() + " are both in force on " + after.validFrom());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("overlapping rule sets:\n" + String.join("\n", problems));
        }
        return new RuleSets(sorted);
    }

    /** {@return all rule sets, earliest first} */
    public List<RuleSet> all() {
        return all;
    }

    /**
     * The rule set with an id.
     *
     * @param id a rule set id, e.g. {@code foa-7-9-2024}
     * @return the rule set, or empty when no rule set has that id
     */
    public Optional<RuleSet> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The rule set in force on a day.
     *
     * @param date the day, e.g. a tender's announcement date
     * @return the rule set in force on {@code date}, or empty when none is
     */
    public Optional<RuleSet> on(LocalDate date) {
        return all.stream().filter(r -> r.appliesOn(date)).findFirst();
    }

    /**
     * The known id closest to a misspelt one, for "did you mean" hints.
     *
     * @param id an id that matched no rule set
     * @return the closest known id, or empty when none is close
     */
    public Optional<String> suggest(String id) {
        return DidYouMean.closest(id, byId.keySet());
    }

    @Override
    public String toString() {
        return "RuleSets" + byId.keySet();
    }

    /** The index of the shipped rule set files. */
    record Index(List<String> files) {
    }

    /** Reads the shipped rule sets once, when first asked for. */
    private static final class Standard {
        static final RuleSets RULE_SETS = load(RuleSets.class.getClassLoader());
    }

    /**
     * Reads the rule sets listed in the resource index.
     *
     * @throws IllegalStateException when a shipped file is missing or invalid, which is a bug in the build
     */
    static RuleSets load(ClassLoader loader) {
        Index index = read(loader, INDEX, Index.class);
        List<RuleSet> ruleSets = new ArrayList<>();
        for (String file : index.files() == null ? List.<String>of() : index.files()) {
            ruleSets.add(read(loader, file, RuleSet.class));
        }
        try {
            return of(ruleSets);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static <T> T read(ClassLoader loader, String file, Class<T> type) {
        String name = RESOURCE_DIRECTORY + file;
        String text;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            text = Text.utf8(in.readAllBytes());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(name + " is not UTF-8", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
        DocumentReader.Result<T> result = new DocumentReader<>(type).read(name, text);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(result.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")));
        }
        return result.value();
    }
}
