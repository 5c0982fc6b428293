package no.kriteriebank.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kriteriebank.internal.SnapshotFormat;
import no.kriteriebank.internal.SnapshotInput;
import no.kriteriebank.internal.SnapshotOutput;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Regime;

/**
 * The checked law in a compact binary form beside {@code law.yaml}, so that {@link Law#standard()} needs neither
 * Jackson nor Bean Validation while the file is unchanged.
 *
 * <p>The framing is {@link SnapshotFormat}'s, with {@code law.yaml} as the one source: a snapshot is used only when
 * the file's bytes have the length and CRC-32 it records and its payload's CRC-32C holds. The payload is the options in
 * the order of {@link EnvironmentOption}, then the rule sets in the order of {@link RuleSets#all()}, field by field
 * in record order. {@link WriteLawSnapshot} writes it when core is built, only from a law read and checked in full
 * from the file, and checks that it reads back the same law.
 */
final class LawSnapshot {
    /** The snapshot's name, beside {@code law.yaml}. */
    static final String FILE = "law.snapshot";
    /** The name its one source is hashed under. */
    static final String SOURCE = "law.yaml";
    /** The number is raised whenever the layout or a record it writes changes. */
    static final SnapshotFormat FORMAT = new SnapshotFormat("kriteriebank-law-snapshot", 2);

    private LawSnapshot() {
    }

    /**
     * Writes a snapshot.
     *
     * @param law a law read and checked in full from {@code source}
     * @param source the bytes of {@code law.yaml}
     * @return the snapshot's bytes
     */
    static byte[] write(Law law, byte[] source) {
        return FORMAT.write(Map.of(SOURCE, source), payload(law));
    }

    /**
     * The law in a class loader's snapshot, if there is one made from exactly these bytes and it is intact.
     *
     * @param loader where {@code law.yaml} was read from
     * @param source the bytes of {@code law.yaml}
     * @return the law, or null when there is no such snapshot
     */
    static Law read(ClassLoader loader, byte[] source) {
        try (InputStream in = loader.getResourceAsStream(RuleSets.RESOURCE_DIRECTORY + FILE)) {
            return in == null ? null : read(in.readAllBytes(), source);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads a snapshot if it was made from exactly these bytes and is intact.
     *
     * @param snapshot the snapshot's bytes
     * @param source the bytes of {@code law.yaml}
     * @return the law, or null when anything differs or cannot be read
     */
    static Law read(byte[] snapshot, byte[] source) {
        byte[] payload = FORMAT.payload(snapshot, Map.of(SOURCE, source));
        if (payload == null) {
            return null;
        }
        try {
            return law(new SnapshotInput(payload));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] payload(Law law) {
        try (SnapshotOutput out = new SnapshotOutput(1 << 15)) {
            List<LawOption> options = law.options();
            out.writeInt(options.size());
            for (LawOption o : options) {
                out.constant(o.option());
                out.string(o.eformsCode());
                out.date(o.validFrom());
                out.date(o.validTo());
                out.constant(o.replacedBy());
                out.text(o.label());
                out.text(o.noticeName());
                out.string(o.source());
            }
            List<RuleSet> ruleSets = law.ruleSets().all();
            out.writeInt(ruleSets.size());
            for (RuleSet r : ruleSets) {
                out.string(r.id());
                out.constant(r.regime());
                out.text(r.citation().text());
                out.constant(r.citation().status());
                out.string(r.citation().source());
                out.date(r.validFrom());
                out.date(r.validTo());
                parameters(out, r.parameters());
                out.writeInt(r.notes().size());
                for (RuleNote n : r.notes()) {
                    out.string(n.point());
                    out.string(n.parameter());
                    out.constant(n.status());
                    out.string(n.text());
                    out.string(n.source());
                }
            }
            out.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parameters(SnapshotOutput out, RuleParameters p) throws IOException {
        out.decimal(p.minimumEnvironmentWeight());
        out.writeInt(p.highestEnvironmentPriority());
        out.flag(p.priorityFallback());
        options(out, p.options());
        options(out, p.justificationRequired());
        out.text(p.specificationCondition());
        out.flag(p.specificationCriteriaRequired());
        out.flag(p.advisoryInPartI());
    }

    private static void options(SnapshotOutput out, Set<EnvironmentOption> options) throws IOException {
        out.writeInt(options.size());
        for (EnvironmentOption option : options) {
            out.constant(option);
        }
    }

    private static Law law(SnapshotInput in) throws IOException {
        Map<EnvironmentOption, LawOption> options = new EnumMap<>(EnvironmentOption.class);
        int n = in.count();
        for (int i = 0; i < n; i++) {
            LawOption o = new LawOption(in.constant(EnvironmentOption.class), in.string(), in.date(), in.date(),
                    in.constant(EnvironmentOption.class), in.text(), in.text(), in.string());
            options.put(o.option(), o);
        }
        n = in.count();
        List<RuleSet> ruleSets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.string();
            Regime regime = in.constant(Regime.class);
            Citation citation = new Citation(in.text(), in.constant(RuleNote.Status.class), in.string());
            LocalDate validFrom = in.date();
            LocalDate validTo = in.date();
            RuleParameters parameters = parameters(in);
            int notes = in.count();
            List<RuleNote> noteList = new ArrayList<>(notes);
            for (int j = 0; j < notes; j++) {
                noteList.add(new RuleNote(in.string(), in.string(), in.constant(RuleNote.Status.class), in.string(),
                        in.string()));
            }
            ruleSets.add(new RuleSet(id, regime, citation, validFrom, validTo, parameters, noteList));
        }
        in.end();
        return new Law(Collections.unmodifiableMap(options), RuleSets.checked(ruleSets), true);
    }

    private static RuleParameters parameters(SnapshotInput in) throws IOException {
        BigDecimal minimumWeight = in.decimal();
        int highestPriority = in.readInt();
        Boolean priorityFallback = in.flag();
        Set<EnvironmentOption> options = options(in);
        Set<EnvironmentOption> justificationRequired = options(in);
        LocalizedText condition = in.text();
        return new RuleParameters(minimumWeight, highestPriority, priorityFallback, options, justificationRequired,
                condition, in.flag(), in.flag());
    }

    private static Set<EnvironmentOption> options(SnapshotInput in) throws IOException {
        int n = in.count();
        Set<EnvironmentOption> options = EnumSet.noneOf(EnvironmentOption.class);
        for (int i = 0; i < n; i++) {
            options.add(in.constant(EnvironmentOption.class));
        }
        return options;
    }
}
