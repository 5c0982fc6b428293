package no.kriteriebank.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kriteriebank.internal.DocumentReader;
import no.kriteriebank.internal.ModelValidation;
import no.kriteriebank.internal.Text;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Regime;

/**
 * The climate rule of Norwegian public procurement as one body of data, read from
 * {@code no/kriteriebank/check/law.yaml}: the options a tender may take with their eForms codes, validity dates and
 * names, and the rule sets per regime and period with their citations, parameters and notes. The tender checker,
 * the renderer's headings and the eForms and OCDS exporters all read it, so a change in the law is a change of that
 * file, not of code. Immutable and thread-safe.
 *
 * <p>The build reads and checks that file in full and ships a snapshot of the result beside it, so that
 * {@link #standard()} reads the law without parsing or checking it again while the file is the one the snapshot was
 * made from (its length and CRC-32 match); otherwise the file is read and checked in full.
 */
public final class Law {
    static final String RESOURCE = RuleSets.RESOURCE_DIRECTORY + "law.yaml";

    private final Map<EnvironmentOption, LawOption> options;
    private final RuleSets ruleSets;
    private final boolean fromSnapshot;

    /**
     * A law of checked parts.
     *
     * @param options every option, in an unmodifiable map in the order of {@link EnvironmentOption}
     * @param ruleSets the rule sets
     * @param fromSnapshot whether it was read from the build's snapshot rather than from {@code law.yaml}
     */
    Law(Map<EnvironmentOption, LawOption> options, RuleSets ruleSets, boolean fromSnapshot) {
        this.options = options;
        this.ruleSets = ruleSets;
        this.fromSnapshot = fromSnapshot;
    }

    /** {@return the law as shipped with Kriteriebank, read once on first use} */
    public static Law standard() {
        return Standard.LAW;
    }

    /** {@return every option, in the order of {@link EnvironmentOption}} */
    public List<LawOption> options() {
        return List.copyOf(options.values());
    }

    /**
     * The data of one option.
     *
     * @param option the option
     * @return its code, dates and names
     */
    public LawOption option(EnvironmentOption option) {
        return options.get(Objects.requireNonNull(option, "option"));
    }

    /**
     * The option with an eForms code.
     *
     * @param eformsCode a code such as {@code quality-nor-env-spec}
     * @return the option, or empty when no option has that code
     */
    public Optional<LawOption> optionByCode(String eformsCode) {
        return options.values().stream().filter(o -> o.eformsCode().equals(eformsCode)).findFirst();
    }

    /** {@return the rule sets of every regime} */
    public RuleSets ruleSets() {
        return ruleSets;
    }

    /** {@return whether it was read from the build's snapshot ({@link LawSnapshot}) rather than from the YAML} */
    boolean fromSnapshot() {
        return fromSnapshot;
    }

    /** The file as written: options, and rule sets that may take their parameters and notes from a basis. */
    record LawFile(List<LawOption> options, List<Entry> ruleSets) {
    }

    /** A rule set as written; {@code basis} names a rule set whose parameters and notes it takes. */
    record Entry(String id, Regime regime, String basis, Citation citation, LocalDate validFrom,
            LocalDate validTo, RuleParameters parameters, List<RuleNote> notes) {
    }

    private static final class Standard {
        static final Law LAW = load(Law.class.getClassLoader());
    }

    /**
     * Reads the law: from the build's snapshot ({@link LawSnapshot#FILE}) when it was made from exactly these bytes of
     * {@code law.yaml} and is intact, else by reading and checking the file in full.
     *
     * @throws IllegalStateException when the file is missing or invalid, which is a bug in the build
     */
    static Law load(ClassLoader loader) {
        byte[] source = source(loader);
        Law snapshot = LawSnapshot.read(loader, source);
        return snapshot != null ? snapshot : parse(source);
    }

    /**
     * The bytes of the law file.
     *
     * @throws IllegalStateException when it is missing or cannot be read
     */
    static byte[] source(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads and checks the law file in full: Jackson binds it, Bean Validation and {@link #of(LawFile)} check it.
     *
     * @throws IllegalStateException when it is not UTF-8 or invalid, which is a bug in the build
     */
    static Law parse(byte[] source) {
        String text;
        try {
            text = Text.utf8(source);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(RESOURCE + " is not UTF-8", e);
        }
        DocumentReader.Result<LawFile> result = new DocumentReader<>(LawFile.class).read(RESOURCE, text);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(result.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")));
        }
        try {
            return of(result.value());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Checks the options and resolves each rule set's basis. */
    static Law of(LawFile file) {
        List<String> problems = new ArrayList<>();
        Map<EnvironmentOption, LawOption> options = new EnumMap<>(EnvironmentOption.class);
        Set<String> codes = new HashSet<>();
        List<LawOption> given = file.options() == null ? List.of() : file.options();
        for (int i = 0; i < given.size(); i++) {
            LawOption o = given.get(i);
            for (ModelValidation.Violation v : ModelValidation.validate(o)) {
                problems.add("options[" + i + "]." + v.path() + ": " + v.message());
            }
            if (o.option() != null && options.put(o.option(), o) != null) {
                problems.add("options[" + i + "]: " + o.option() + " is given twice");
            }
            if (o.eformsCode() != null && !codes.add(o.eformsCode())) {
                problems.add("options[" + i + "]: the code " + o.eformsCode() + " is used twice");
            }
            if (o.validFrom() != null && o.validTo() != null && o.validTo().isBefore(o.validFrom())) {
                problems.add("options[" + i + "]: validTo is before validFrom");
            }
        }
        for (EnvironmentOption option : EnvironmentOption.values()) {
            if (!options.containsKey(option)) {
                problems.add("options: " + option + " is missing");
            }
        }
        for (LawOption o : options.values()) {
            if (o.replacedBy() != null && (o.validTo() == null || o.replacedBy() == o.option())) {
                problems.add("options: " + o.option() + " is replaced by " + o.replacedBy()
                        + ", which needs an end date and another option");
            }
        }
        Map<String, Entry> byId = new HashMap<>();
        List<Entry> entries = file.ruleSets() == null ? List.of() : file.ruleSets();
        for (Entry e : entries) {
            if (e.id() != null) {
                byId.putIfAbsent(e.id(), e);
            }
        }
        List<RuleSet> ruleSets = new ArrayList<>();
        for (Entry e : entries) {
            RuleParameters parameters = e.parameters();
            List<RuleNote> notes = new ArrayList<>();
            if (e.basis() != null) {
                Entry basis = byId.get(e.basis());
                if (basis == null || basis.basis() != null) {
                    problems.add(e.id() + ": basis '" + e.basis() + "' is no rule set with parameters of its own");
                    continue;
                }
                if (parameters == null) {
                    parameters = basis.parameters();
                }
                if (basis.notes() != null) {
                    notes.addAll(basis.notes());
                }
            }
            if (e.notes() != null) {
                notes.addAll(e.notes());
            }
            ruleSets.add(new RuleSet(e.id(), e.regime(), e.citation(), e.validFrom(), e.validTo(), parameters, notes));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new Law(Collections.unmodifiableMap(options), RuleSets.of(ruleSets), false);
    }
}
