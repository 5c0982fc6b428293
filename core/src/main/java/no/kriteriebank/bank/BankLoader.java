package no.kriteriebank.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.kriteriebank.internal.DocumentReader;
import no.kriteriebank.internal.ModelValidation;
import no.kriteriebank.internal.PathLocations;
import no.kriteriebank.internal.SourceStamp;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.problem.Problem;

/**
 * Reads banks from YAML or JSON: a directory with a {@code bank.yaml} and one file per area, a single file, or
 * classpath resources.
 *
 * <p>Every problem in every file is collected before anything is thrown, so one run shows them all, each as {@code
 * file:line:column: path: message}. Unknown fields are errors.
 */
public final class BankLoader {
    /** The name of a bank directory's main file. */
    public static final String MAIN_FILE = "bank.yaml";

    /**
     * The name of a classpath bank's snapshot, beside its {@link #MAIN_FILE}: the bank as checked when it was built,
     * made by {@link #snapshotResources(ClassLoader, String)}.
     */
    public static final String SNAPSHOT_FILE = "bank.snapshot";

    private BankLoader() {
    }

    /**
     * Loads a bank from a directory (its {@code bank.yaml} and the files that lists, or else every {@code .yaml},
     * {@code .yml} and {@code .json} file beside it, sorted by name) or from a single file.
     *
     * @param path a bank directory or a single bank file
     * @return the checked bank
     * @throws BankLoadException when anything cannot be read or is invalid
     */
    public static CriteriaBank load(Path path) {
        if (Files.isDirectory(path)) {
            Path main = path.resolve(MAIN_FILE);
            if (!Files.isRegularFile(main)) {
                throw new BankLoadException(List.of(new Problem(path.toString(), 0, 0, "",
                        "a bank directory must contain " + MAIN_FILE)));
            }
            return load(new DirectorySource(path));
        }
        if (!Files.isRegularFile(path)) {
            throw new BankLoadException(List.of(new Problem(path.toString(), 0, 0, "", "no such file or directory")));
        }
        String content = readFile(path);
        return read(path.toString(), content);
    }

    /**
     * Loads a bank from classpath resources: {@code directory/bank.yaml} and the files its {@code files} lists.
     *
     * <p>When the directory holds a {@link #SNAPSHOT_FILE} made from exactly these files (each one's length and CRC-32
     * match what it records; see {@code SourceStamp}), the bank is read from it without parsing or checking the files again: it was
     * checked in full when the snapshot was made. Any other snapshot — stale, damaged or of another format — is
     * ignored, and the files are loaded and checked in full.
     *
     * @param classLoader where to look
     * @param directory the resource directory, e.g. {@code no/kriteriebank/templates/bank}
     * @return the checked bank
     */
    public static CriteriaBank loadResources(ClassLoader classLoader, String directory) {
        ResourceSource source = new ResourceSource(classLoader, directory, false);
        CriteriaBank snapshot = fromSnapshot(source);
        return snapshot != null ? snapshot : load(source);
    }

    /**
     * Loads and checks a classpath bank in full, as {@link #loadResources(ClassLoader, String)} does without a
     * snapshot, and returns its snapshot: the bank in a compact binary form with the length and CRC-32 of each file
     * it was checked from. Stored as {@code directory/}{@value #SNAPSHOT_FILE}, it lets later loads skip parsing and
     * checking for as long as those files are unchanged. Build tools call this; the standard bank's snapshot is made
     * when its module is built.
     *
     * @param classLoader where to look
     * @param directory the resource directory, e.g. {@code no/kriteriebank/templates/bank}
     * @return the snapshot's bytes
     * @throws BankLoadException when the bank cannot be read or is invalid
     */
    public static byte[] snapshotResources(ClassLoader classLoader, String directory) {
        ResourceSource source = new ResourceSource(classLoader, directory, true);
        CriteriaBank bank = load(source);
        return BankSnapshot.write(bank, new java.util.TreeMap<>(source.read));
    }

    /** The bank in the source's snapshot, or null when there is none or it was not made from these files. */
    private static CriteriaBank fromSnapshot(ResourceSource source) {
        byte[] snapshot;
        try {
            snapshot = source.bytes(SNAPSHOT_FILE);
        } catch (IOException e) {
            return null;
        }
        List<String> names = BankSnapshot.sources(snapshot);
        if (names == null) {
            return null;
        }
        java.util.Map<String, SourceStamp> stamps = new java.util.LinkedHashMap<>();
        for (String name : names) {
            try {
                SourceStamp stamp = SourceStamp.ofResource(source.classLoader, source.name(name));
                if (stamp == null) {
                    return null;
                }
                stamps.put(name, stamp);
            } catch (IOException e) {
                return null;
            }
        }
        return BankSnapshot.readStamped(snapshot, stamps);
    }

    /**
     * Reads a single-file bank from text.
     *
     * @param fileName the name used in problems; {@code .json} selects JSON, anything else YAML
     * @param content the file's text
     * @return the checked bank
     */
    public static CriteriaBank read(String fileName, String content) {
        DocumentReader.Result<BankFile> main = Readers.BANK_FILES.read(fileName, content);
        List<Problem> problems = new ArrayList<>(main.problems());
        if (main.value() == null) {
            throw failure(problems);
        }
        if (main.value().files() != null && !main.value().files().isEmpty()) {
            problems.add(new Problem(fileName, 0, 0, "files", "a single-file bank cannot list other files"));
        }
        return finish(fileName, main, List.of(), problems);
    }

    private static CriteriaBank load(Source source) {
        String mainName = source.name(MAIN_FILE);
        String mainText;
        try {
            mainText = source.read(MAIN_FILE);
        } catch (IOException e) {
            throw failure(List.of(new Problem(mainName, 0, 0, "", "cannot be read: " + e.getMessage())));
        }
        DocumentReader.Result<BankFile> main = Readers.BANK_FILES.read(mainName, mainText);
        List<Problem> problems = new ArrayList<>(main.problems());
        if (main.value() == null) {
            throw failure(problems);
        }
        List<String> names;
        try {
            names = main.value().files() == null || main.value().files().isEmpty() ? source.list()
                    : main.value().files();
        } catch (IOException e) {
            throw failure(List.of(new Problem(mainName, 0, 0, "files", "cannot list the bank's files: "
                    + e.getMessage())));
        }
        // Files are independent, so they are read in parallel; results are merged in the listed order, so the
        // bank and its problems come out the same however the work was scheduled.
        List<String> listed = names;
        List<FileOutcome> outcomes = java.util.stream.IntStream.range(0, listed.size()).parallel()
                .mapToObj(i -> readOne(source, main, mainName, listed.get(i), i))
                .toList();
        List<Loaded> others = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            if (outcome.loaded() != null) {
                others.add(outcome.loaded());
            }
        }
        return finish(mainName, main, others, problems);
    }

    private record Loaded(String file, List<Criterion> criteria, List<Criterion> history, PathLocations locations) {
    }

    private record FileOutcome(List<Problem> problems, Loaded loaded) {
    }

    /** The readers, built on first use: a bank read from its snapshot needs no Jackson at all. */
    private static final class Readers {
        static final DocumentReader<CriteriaFile> CRITERIA_FILES = new DocumentReader<>(CriteriaFile.class);
        static final DocumentReader<BankFile> BANK_FILES = new DocumentReader<>(BankFile.class);
    }

    private static FileOutcome readOne(Source source, DocumentReader.Result<BankFile> main, String mainName,
            String name, int index) {
        if (name.equals(MAIN_FILE)) {
            return new FileOutcome(List.of(), null);
        }
        String fileName = source.name(name);
        String text;
        try {
            text = source.read(name);
        } catch (IOException e) {
            return new FileOutcome(List.of(new Problem(mainName, main.locations().find("files[" + index + "]"),
                    "files[" + index + "]",
                    "cannot read " + name + ": " + e.getMessage())), null);
        }
        DocumentReader.Result<CriteriaFile> file = Readers.CRITERIA_FILES.read(fileName, text);
        Loaded loaded = file.value() == null ? null
                : new Loaded(fileName, file.value().criteria(), file.value().history(), file.locations());
        return new FileOutcome(file.problems(), loaded);
    }

    private static CriteriaBank finish(String mainName, DocumentReader.Result<BankFile> main, List<Loaded> others,
            List<Problem> problems) {
        BankInfo info = main.value().info();
        for (ModelValidation.Violation v : ModelValidation.validate(info)) {
            problems.add(new Problem(mainName, main.locations().find(v.path()), v.path(), v.message()));
        }
        List<Loaded> all = new ArrayList<>();
        if (main.value().criteria() != null || main.value().history() != null) {
            all.add(new Loaded(mainName, main.value().criteria(), main.value().history(), main.locations()));
        }
        all.addAll(others);
        List<BankChecks.Located> located = new ArrayList<>();
        List<BankChecks.Located> archived = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        List<Criterion> history = new ArrayList<>();
        for (Loaded file : all) {
            collect(file, file.criteria(), "criteria", located, criteria);
            collect(file, file.history(), "history", archived, history);
        }
        problems.addAll(BankChecks.rules(located));
        problems.addAll(BankChecks.history(located, archived));
        if (info != null && info.id() != null) {
            problems.addAll(namespaces(info.id(), located));
            problems.addAll(namespaces(info.id(), archived));
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return CriteriaBank.checked(info, criteria, history);
    }

    /**
     * A bank whose criteria carry a namespace (a network's bank) uses its own id as that namespace, on every one of
     * them: {@code kriteriebank:TRA-01} or a bare {@code TRA-99} in bank {@code gki} would read as a standard
     * criterion in every tender that names it.
     */
    private static List<Problem> namespaces(String bankId, List<BankChecks.Located> criteria) {
        boolean network = criteria.stream().anyMatch(l -> l.criterion().id() != null
                && l.criterion().id().contains(":"));
        List<Problem> problems = new ArrayList<>();
        if (!network) {
            return problems;
        }
        for (BankChecks.Located l : criteria) {
            String id = l.criterion().id();
            if (id == null || id.startsWith(bankId + ":")) {
                continue;
            }
            String bare = id.substring(id.indexOf(':') + 1);
            problems.add(BankChecks.problem(l, l.path() + ".id", "the criteria of bank " + bankId
                    + " carry its namespace: write " + bankId + ":" + bare));
        }
        return problems;
    }

    private static void collect(Loaded file, List<Criterion> list, String field, List<BankChecks.Located> located,
            List<Criterion> out) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Criterion c = list.get(i);
            if (c != null) {
                located.add(new BankChecks.Located(c, file.file(), field + "[" + i + "]", file.locations()));
                out.add(c);
            }
        }
    }

    private static BankLoadException failure(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        sorted.sort(Problem.ORDER);
        return new BankLoadException(sorted);
    }

    static String readFile(Path path) {
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(path);
            return decode(bytes);
        } catch (CharacterCodingException e) {
            int[] at = no.kriteriebank.internal.Text.firstMalformed(bytes);
            throw new BankLoadException(List.of(new Problem(path.toString(), at[0], at[1], "",
                    "cannot be read: " + no.kriteriebank.internal.Text.malformedMessage(bytes))));
        } catch (IOException e) {
            throw new BankLoadException(List.of(new Problem(path.toString(), 0, 0, "",
                    "cannot be read: " + e.getMessage())));
        }
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        return no.kriteriebank.internal.Text.utf8(bytes);
    }

    /** Where a bank's files come from. */
    private interface Source {
        String name(String file);

        String read(String file) throws IOException;

        List<String> list() throws IOException;
    }

    private static final class DirectorySource implements Source {
        private final Path dir;

        DirectorySource(Path dir) {
            this.dir = dir;
        }

        @Override
        public String name(String file) {
            return dir.resolve(file).toString();
        }

        @Override
        public String read(String file) throws IOException {
            Path root = dir.toAbsolutePath().normalize();
            Path p = root.resolve(file).normalize();
            if (!p.startsWith(root)) {
                throw new IOException("it lies outside the bank directory");
            }
            byte[] bytes = null;
            try {
                bytes = Files.readAllBytes(p);
                return decode(bytes);
            } catch (CharacterCodingException e) {
                throw new IOException(no.kriteriebank.internal.Text.malformedMessageWithPosition(bytes));
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IOException("no such file");
            }
        }

        @Override
        public List<String> list() throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))
                        .sorted()
                        .toList();
            }
        }
    }

    private static final class ResourceSource implements Source {
        private final ClassLoader classLoader;
        private final String dir;
        /** The bytes of every file read, by name, when a snapshot is to be made of them; else null. */
        final java.util.Map<String, byte[]> read;

        ResourceSource(ClassLoader classLoader, String dir, boolean record) {
            this.classLoader = classLoader;
            this.dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
            this.read = record ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        }

        @Override
        public String name(String file) {
            return dir + "/" + file;
        }

        @Override
        public String read(String file) throws IOException {
            byte[] bytes = bytes(file);
            if (read != null) {
                read.put(file, bytes);
            }
            return decode(bytes);
        }

        byte[] bytes(String file) throws IOException {
            try (InputStream in = classLoader.getResourceAsStream(name(file))) {
                if (in == null) {
                    throw new IOException("no such resource");
                }
                return in.readAllBytes();
            }
        }

        @Override
        public List<String> list() throws IOException {
            throw new IOException("a bank on the classpath must list its files in " + MAIN_FILE);
        }
    }
}
