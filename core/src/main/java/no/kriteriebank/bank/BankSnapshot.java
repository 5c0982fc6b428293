package no.kriteriebank.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kriteriebank.internal.SnapshotFormat;
import no.kriteriebank.internal.SnapshotInput;
import no.kriteriebank.internal.SnapshotOutput;
import no.kriteriebank.internal.SourceStamp;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.AwardDetails;
import no.kriteriebank.model.Choice;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.CriterionStatus;
import no.kriteriebank.model.DocumentationDue;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.DocumentationType;
import no.kriteriebank.model.EnvironmentalImpact;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.model.PriceAddition;
import no.kriteriebank.model.Reference;
import no.kriteriebank.model.ScoringMethod;

/**
 * A checked bank in a compact binary form, with the files it was checked from named and fingerprinted, so that a
 * bank on the classpath loads without parsing YAML or checking anything again while its files are unchanged.
 *
 * <p>The framing (magic, format, source names, each source's length and CRC-32, CRC-32C of the payload) is
 * {@link SnapshotFormat}'s; the payload is the bank's info, criteria and history, field by field in record order. A
 * snapshot is only ever written from a {@link CriteriaBank}, which is checked by construction, so it holds a checked
 * bank; the stamps tie it to the files it was checked from, and the checksum catches a damaged payload. A
 * changed source file, a damaged payload, another format or anything unreadable gives {@code null}, and the caller
 * loads and checks the files in full.
 */
final class BankSnapshot {
    /** The number is raised whenever the layout or a model record it writes changes. */
    private static final SnapshotFormat FORMAT = new SnapshotFormat("kriteriebank-snapshot", 3);

    private BankSnapshot() {
    }

    /**
     * Writes a snapshot.
     *
     * @param bank the checked bank
     * @param sources the files it was loaded from, by name, in the order to hash them
     * @return the snapshot's bytes
     */
    static byte[] write(CriteriaBank bank, Map<String, byte[]> sources) {
        return FORMAT.write(sources, payload(bank));
    }

    /**
     * The source files a snapshot was made from, in the order recorded, or null when it is not a snapshot of this format.
     *
     * @param snapshot the snapshot's bytes
     * @return the file names, or null
     */
    static List<String> sources(byte[] snapshot) {
        return FORMAT.sources(snapshot);
    }

    /**
     * Reads a snapshot if it was made from exactly these files and is intact.
     *
     * @param snapshot the snapshot's bytes
     * @param sources the files now, by name, in the order {@link #sources(byte[])} gave
     * @return the bank, or null when anything differs or cannot be read
     */
    static CriteriaBank read(byte[] snapshot, Map<String, byte[]> sources) {
        return decode(FORMAT.payload(snapshot, sources));
    }

    /**
     * Reads a snapshot if it was made from files with exactly these stamps and is intact.
     *
     * @param snapshot the snapshot's bytes
     * @param stamps the files' stamps now, in the order {@link #sources(byte[])} gave
     * @return the bank, or null when anything differs or cannot be read
     */
    static CriteriaBank readStamped(byte[] snapshot, Map<String, SourceStamp> stamps) {
        return decode(FORMAT.stampedPayload(snapshot, stamps));
    }

    private static CriteriaBank decode(byte[] payload) {
        if (payload == null) {
            return null;
        }
        try {
            return new Reader(new SnapshotInput(payload)).bank();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] payload(CriteriaBank bank) {
        try (SnapshotOutput out = new SnapshotOutput(1 << 20)) {
            Writer w = new Writer(out);
            w.info(bank.info());
            w.criteria(bank.criteria());
            w.criteria(bank.history());
            out.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes values field by field; {@link Reader} reads them back in the same order. */
    private record Writer(SnapshotOutput out) {
        void info(BankInfo info) throws IOException {
            out.string(info.id());
            out.string(info.version());
            out.date(info.releaseDate());
            out.string(info.publisher());
            out.text(info.title());
        }

        void criteria(List<Criterion> criteria) throws IOException {
            out.writeInt(criteria.size());
            for (Criterion c : criteria) {
                criterion(c);
            }
        }

        void criterion(Criterion c) throws IOException {
            out.string(c.id());
            out.writeInt(c.revision());
            out.constant(c.area());
            out.constant(c.kind());
            out.constant(c.level());
            out.text(c.title());
            out.text(c.text());
            out.text(c.guidance());
            out.writeInt(c.parameters().size());
            for (Parameter p : c.parameters()) {
                parameter(p);
            }
            out.writeInt(c.documentation().size());
            for (DocumentationRequirement d : c.documentation()) {
                out.constant(d.type());
                out.constant(d.due());
                out.text(d.description());
                out.writeBoolean(d.equivalentAccepted());
            }
            award(c.award());
            out.writeInt(c.environmentalImpacts().size());
            for (EnvironmentalImpact e : c.environmentalImpacts()) {
                out.constant(e);
            }
            out.writeInt(c.scope3Category() == null ? -1 : c.scope3Category());
            out.writeInt(c.cpv().size());
            for (String code : c.cpv()) {
                out.string(code);
            }
            out.writeInt(c.references().size());
            for (Reference r : c.references()) {
                out.string(r.title());
                out.string(r.url());
            }
            out.constant(c.status());
            out.string(c.supersededBy());
            out.string(c.since());
        }

        void parameter(Parameter p) throws IOException {
            out.string(p.name());
            out.constant(p.type());
            out.text(p.label());
            out.text(p.unit());
            out.decimal(p.min());
            out.decimal(p.max());
            out.string(p.defaultValue());
            out.writeInt(p.choices().size());
            for (Choice choice : p.choices()) {
                out.string(choice.value());
                out.text(choice.label());
                out.flag(choice.signed());
            }
        }

        void award(AwardDetails a) throws IOException {
            out.writeBoolean(a != null);
            if (a == null) {
                return;
            }
            out.constant(a.scoring());
            out.text(a.scale());
            out.decimal(a.minWeight());
            out.decimal(a.maxWeight());
            PriceAddition addition = a.addition();
            out.writeBoolean(addition != null);
            if (addition != null) {
                out.string(addition.rate());
                out.string(addition.quantity());
                out.string(addition.price());
            }
        }
    }

    /** Reads what {@link Writer} wrote. */
    private record Reader(SnapshotInput in) {
        CriteriaBank bank() throws IOException {
            BankInfo info = info();
            List<Criterion> criteria = criteria();
            List<Criterion> history = criteria();
            in.end();
            return CriteriaBank.checked(info, criteria, history);
        }

        BankInfo info() throws IOException {
            String id = in.string();
            String version = in.string();
            LocalDate date = in.date();
            return new BankInfo(id, version, date, in.string(), in.text());
        }

        List<Criterion> criteria() throws IOException {
            int n = in.count();
            List<Criterion> criteria = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                criteria.add(criterion());
            }
            return criteria;
        }

        Criterion criterion() throws IOException {
            String id = in.string();
            int revision = in.readInt();
            Area area = in.constant(Area.class);
            CriterionKind kind = in.constant(CriterionKind.class);
            AmbitionLevel level = in.constant(AmbitionLevel.class);
            LocalizedText title = in.text();
            LocalizedText text = in.text();
            LocalizedText guidance = in.text();
            int n = in.count();
            List<Parameter> parameters = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                parameters.add(parameter());
            }
            n = in.count();
            List<DocumentationRequirement> documentation = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                documentation.add(new DocumentationRequirement(in.constant(DocumentationType.class),
                        in.constant(DocumentationDue.class), in.text(), in.readBoolean()));
            }
            AwardDetails award = award();
            n = in.count();
            List<EnvironmentalImpact> impacts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                impacts.add(in.constant(EnvironmentalImpact.class));
            }
            int scope3 = in.readInt();
            n = in.count();
            List<String> cpv = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cpv.add(in.string());
            }
            n = in.count();
            List<Reference> references = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                references.add(new Reference(in.string(), in.string()));
            }
            return new Criterion(id, revision, area, kind, level, title, text, guidance, parameters, documentation,
                    award, impacts, scope3 < 0 ? null : scope3, cpv, references, in.constant(CriterionStatus.class),
                    in.string(), in.string());
        }

        Parameter parameter() throws IOException {
            String name = in.string();
            ParameterType type = in.constant(ParameterType.class);
            LocalizedText label = in.text();
            LocalizedText unit = in.text();
            BigDecimal min = in.decimal();
            BigDecimal max = in.decimal();
            String defaultValue = in.string();
            int n = in.count();
            List<Choice> choices = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String value = in.string();
                LocalizedText choiceLabel = in.text();
                choices.add(new Choice(value, choiceLabel, in.flag()));
            }
            return new Parameter(name, type, label, unit, min, max, defaultValue, choices);
        }

        AwardDetails award() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            ScoringMethod scoring = in.constant(ScoringMethod.class);
            LocalizedText scale = in.text();
            BigDecimal min = in.decimal();
            BigDecimal max = in.decimal();
            PriceAddition addition = in.readBoolean() ? new PriceAddition(in.string(), in.string(), in.string()) : null;
            return new AwardDetails(scoring, scale, min, max, addition);
        }
    }
}
