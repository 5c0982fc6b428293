package no.kriteriebank.bank;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
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
 * <p>Layout: a magic string and format number; the names of the source files, in the order they are hashed; the
 * SHA-256 digest over every source file (name, length, bytes); the payload's CRC-32C; then the payload: the bank's
 * info, criteria and history, field by field in record order. A snapshot is only ever written from a
 * {@link CriteriaBank}, which is checked by construction, so it holds a checked bank; the digest ties it to exactly
 * the files it was checked from, and the checksum catches a damaged payload. A changed source file, a damaged payload,
 * another format or anything unreadable gives {@code null}, and the caller loads and checks the files in full. (The
 * payload gets a checksum rather than a second digest: a snapshot is as trusted as the classes beside it on the
 * class path, and hashing it too would cost a cold JVM more than the rest of reading it.)
 */
final class BankSnapshot {
    private static final String MAGIC = "kriteriebank-snapshot";
    /** Raised whenever the layout or a model record it writes changes. */
    private static final int FORMAT = 2;
    private static final int DIGEST_LENGTH = 32;

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
        byte[] payload = payload(bank);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(sources.size());
            for (String name : sources.keySet()) {
                out.writeUTF(name);
            }
            out.write(digest(sources));
            out.writeLong(checksum(payload));
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The source files a snapshot was made from, in hashing order, or null when it is not a snapshot of this format.
     *
     * @param snapshot the snapshot's bytes
     * @return the file names, or null
     */
    static List<String> sources(byte[] snapshot) {
        try {
            return header(new DataInputStream(new ByteArrayInputStream(snapshot)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads a snapshot if it was made from exactly these files and is intact.
     *
     * @param snapshot the snapshot's bytes
     * @param sources the files now, by name, in the order {@link #sources(byte[])} gave
     * @return the bank, or null when anything differs or cannot be read
     */
    static CriteriaBank read(byte[] snapshot, Map<String, byte[]> sources) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
            List<String> names = header(in);
            if (names == null || !names.equals(new ArrayList<>(sources.keySet()))) {
                return null;
            }
            byte[] recorded = new byte[DIGEST_LENGTH];
            in.readFully(recorded);
            long checksum = in.readLong();
            int payloadStart = snapshot.length - in.available();
            byte[] payload = Arrays.copyOfRange(snapshot, payloadStart, snapshot.length);
            if (!MessageDigest.isEqual(recorded, digest(sources)) || checksum != checksum(payload)) {
                return null;
            }
            return new Reader(new DataInputStream(new ByteArrayInputStream(payload))).bank();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> header(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            return null;
        }
        int count = in.readInt();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(in.readUTF());
        }
        return names;
    }

    private static long checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return crc.getValue();
    }

    private static byte[] digest(Map<String, byte[]> sources) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            byte[] name = source.getKey().getBytes(StandardCharsets.UTF_8);
            sha.update(lengthBytes(name.length));
            sha.update(name);
            sha.update(lengthBytes(source.getValue().length));
            sha.update(source.getValue());
        }
        return sha.digest();
    }

    private static byte[] lengthBytes(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    private static byte[] payload(CriteriaBank bank) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Writer w = new Writer(out);
            w.info(bank.info());
            w.criteria(bank.criteria());
            w.criteria(bank.history());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes values field by field; {@link Reader} reads them back in the same order. */
    private record Writer(DataOutputStream out) {
        void info(BankInfo info) throws IOException {
            string(info.id());
            string(info.version());
            string(info.releaseDate() == null ? null : info.releaseDate().toString());
            string(info.publisher());
            text(info.title());
        }

        void criteria(List<Criterion> criteria) throws IOException {
            out.writeInt(criteria.size());
            for (Criterion c : criteria) {
                criterion(c);
            }
        }

        void criterion(Criterion c) throws IOException {
            string(c.id());
            out.writeInt(c.revision());
            constant(c.area());
            constant(c.kind());
            constant(c.level());
            text(c.title());
            text(c.text());
            text(c.guidance());
            out.writeInt(c.parameters().size());
            for (Parameter p : c.parameters()) {
                parameter(p);
            }
            out.writeInt(c.documentation().size());
            for (DocumentationRequirement d : c.documentation()) {
                constant(d.type());
                constant(d.due());
                text(d.description());
                out.writeBoolean(d.equivalentAccepted());
            }
            award(c.award());
            out.writeInt(c.environmentalImpacts().size());
            for (EnvironmentalImpact e : c.environmentalImpacts()) {
                constant(e);
            }
            out.writeInt(c.scope3Category() == null ? -1 : c.scope3Category());
            out.writeInt(c.cpv().size());
            for (String code : c.cpv()) {
                string(code);
            }
            out.writeInt(c.references().size());
            for (Reference r : c.references()) {
                string(r.title());
                string(r.url());
            }
            constant(c.status());
            string(c.supersededBy());
            string(c.since());
        }

        void parameter(Parameter p) throws IOException {
            string(p.name());
            constant(p.type());
            text(p.label());
            text(p.unit());
            decimal(p.min());
            decimal(p.max());
            string(p.defaultValue());
            out.writeInt(p.choices().size());
            for (Choice choice : p.choices()) {
                string(choice.value());
                text(choice.label());
                out.writeByte(choice.signed() == null ? -1 : choice.signed() ? 1 : 0);
            }
        }

        void award(AwardDetails a) throws IOException {
            out.writeBoolean(a != null);
            if (a == null) {
                return;
            }
            constant(a.scoring());
            text(a.scale());
            decimal(a.minWeight());
            decimal(a.maxWeight());
            PriceAddition addition = a.addition();
            out.writeBoolean(addition != null);
            if (addition != null) {
                string(addition.rate());
                string(addition.quantity());
                string(addition.price());
            }
        }

        void text(LocalizedText t) throws IOException {
            out.writeBoolean(t != null);
            if (t != null) {
                string(t.nb());
                string(t.nn());
                string(t.en());
            }
        }

        void decimal(BigDecimal d) throws IOException {
            string(d == null ? null : d.toString());
        }

        void constant(Enum<?> e) throws IOException {
            string(e == null ? null : e.name());
        }

        /** Length-prefixed UTF-8, -1 for null: unlike {@code writeUTF}, any length and exact code points. */
        void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** Reads what {@link Writer} wrote. */
    private record Reader(DataInputStream in) {
        CriteriaBank bank() throws IOException {
            BankInfo info = info();
            List<Criterion> criteria = criteria();
            List<Criterion> history = criteria();
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return CriteriaBank.checked(info, criteria, history);
        }

        BankInfo info() throws IOException {
            String id = string();
            String version = string();
            String date = string();
            return new BankInfo(id, version, date == null ? null : LocalDate.parse(date), string(), text());
        }

        List<Criterion> criteria() throws IOException {
            int n = count();
            List<Criterion> criteria = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                criteria.add(criterion());
            }
            return criteria;
        }

        Criterion criterion() throws IOException {
            String id = string();
            int revision = in.readInt();
            Area area = constant(Area.class);
            CriterionKind kind = constant(CriterionKind.class);
            AmbitionLevel level = constant(AmbitionLevel.class);
            LocalizedText title = text();
            LocalizedText text = text();
            LocalizedText guidance = text();
            int n = count();
            List<Parameter> parameters = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                parameters.add(parameter());
            }
            n = count();
            List<DocumentationRequirement> documentation = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                documentation.add(new DocumentationRequirement(constant(DocumentationType.class),
                        constant(DocumentationDue.class), text(), in.readBoolean()));
            }
            AwardDetails award = award();
            n = count();
            List<EnvironmentalImpact> impacts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                impacts.add(constant(EnvironmentalImpact.class));
            }
            int scope3 = in.readInt();
            n = count();
            List<String> cpv = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cpv.add(string());
            }
            n = count();
            List<Reference> references = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                references.add(new Reference(string(), string()));
            }
            return new Criterion(id, revision, area, kind, level, title, text, guidance, parameters, documentation,
                    award, impacts, scope3 < 0 ? null : scope3, cpv, references, constant(CriterionStatus.class),
                    string(), string());
        }

        Parameter parameter() throws IOException {
            String name = string();
            ParameterType type = constant(ParameterType.class);
            LocalizedText label = text();
            LocalizedText unit = text();
            BigDecimal min = decimal();
            BigDecimal max = decimal();
            String defaultValue = string();
            int n = count();
            List<Choice> choices = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String value = string();
                LocalizedText choiceLabel = text();
                byte signed = in.readByte();
                choices.add(new Choice(value, choiceLabel, signed < 0 ? null : signed == 1));
            }
            return new Parameter(name, type, label, unit, min, max, defaultValue, choices);
        }

        AwardDetails award() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            ScoringMethod scoring = constant(ScoringMethod.class);
            LocalizedText scale = text();
            BigDecimal min = decimal();
            BigDecimal max = decimal();
            PriceAddition addition = in.readBoolean() ? new PriceAddition(string(), string(), string()) : null;
            return new AwardDetails(scoring, scale, min, max, addition);
        }

        LocalizedText text() throws IOException {
            return in.readBoolean() ? new LocalizedText(string(), string(), string()) : null;
        }

        BigDecimal decimal() throws IOException {
            String s = string();
            return s == null ? null : new BigDecimal(s);
        }

        <E extends Enum<E>> E constant(Class<E> type) throws IOException {
            String name = string();
            return name == null ? null : Enum.valueOf(type, name);
        }

        int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        String string() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            if (length > in.available()) {
                throw new IOException("bad length " + length);
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
