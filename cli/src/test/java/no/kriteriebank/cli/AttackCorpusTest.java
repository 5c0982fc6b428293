package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input and attack corpus of the 2026-12 review, kept: hostile tenders (huge and malformed numbers, wrong
 * positions, control characters, nesting, aliases, encodings), layouts (sandbox bypasses, the clock, settings,
 * loops, recursion, huge padding and joins) and network banks (hostile texts, numbers, namespaces). Each case in
 * {@code corpus/cases.tsv} gives the command, the exact exit code and first diagnostic line, and a time bound; every
 * case must also end without a stack trace, a library's class names or a raw control character.
 */
class AttackCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            cases.add(Arguments.of(f[0], f[1], Integer.parseInt(f[2]), f[3], Double.parseDouble(f[4])));
        }
        return cases.stream();
    }

    /** With {@code -Dgolden.update=true}: each case's actual exit code and first line, written back at the end. */
    private static final java.util.Map<String, String> UPDATED = new java.util.concurrent.ConcurrentSkipListMap<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsCleanlyWithItsMessage(String name, String command, int exit, String message, double seconds) {
        long start = System.nanoTime();
        Cli.Result r = assertTimeoutPreemptively(Duration.ofMillis((long) (seconds * 1000) + 30_000),
                () -> Cli.run(command.split(" ")), name + " did not end");
        double took = (System.nanoTime() - start) / 1e9;
        String first = r.err().isEmpty() ? "" : r.err().lines().findFirst().orElse("");
        if (Boolean.getBoolean("golden.update")) {
            UPDATED.put(name, String.join("\t", name, command, String.valueOf(r.exit()), first,
                    String.valueOf(seconds)));
            return;
        }
        assertThat(first).as("first diagnostic of %s\n%s", name, r).isEqualTo(message);
        assertThat(r.exit()).as("exit code of %s\n%s", name, r).isEqualTo(exit);
        assertThat(took).as("seconds %s took", name).isLessThan(seconds);
        assertThat(r.err()).as("diagnostics of %s", name).doesNotContain("\tat ", "Exception", "Error:", "java.",
                "StreamReadConstraints", "BigDecimal", "JsonToken", "tools.jackson", "freemarker.core");
        assertThat(r.out() + r.err()).as("output of %s", name).doesNotContain("\u001b", "\u0007", "\u0000");
    }

    @org.junit.jupiter.api.AfterAll
    static void writeUpdatedCases() throws IOException {
        if (!Boolean.getBoolean("golden.update") || UPDATED.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            String name = line.split("\t", -1)[0];
            lines.add(UPDATED.getOrDefault(name, line));
        }
        Files.write(CORPUS.resolve("cases.tsv"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void corpusHasSixtyFilesAndEachIsUsed() throws IOException {
        String cases = Files.readString(CORPUS.resolve("cases.tsv"));
        Set<String> unused = new TreeSet<>();
        int files;
        try (Stream<Path> all = Files.walk(CORPUS)) {
            List<Path> inputs = all.filter(Files::isRegularFile).filter(p -> !p.endsWith("cases.tsv"))
                    .collect(Collectors.toList());
            files = inputs.size();
            for (Path p : inputs) {
                Path parent = CORPUS.relativize(p).getParent();
                String used = parent != null && !parent.toString().equals("tenders") ? p.getParent().toString()
                        : p.toString();
                if (!cases.contains(used + " ") && !cases.contains(used + "\t")) {
                    unused.add(used);
                }
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(60);
        assertThat(unused).as("corpus files no case uses").isEmpty();
    }

    /** One token of 8 MB took the YAML scanner 32 s, and 30 MB over two minutes: now refused at once. */
    @Test
    void aLongTokenIsRefusedQuickly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long-token.yaml");
        Files.writeString(file, "title: \"" + "x".repeat(8_000_000) + "\"\n");
        long start = System.nanoTime();
        Cli.Result r = Cli.run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(file + ":1:1: the file has 8000010 characters, more than the 1000000 a bank or "
                + "tender file may have\n");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    /** Just under the cap, a single token is still read in linear-enough time (bounds allow for a loaded machine). */
    @Test
    void aTokenJustUnderTheCapIsReadInAboutASecond(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long-comment.yaml");
        Files.writeString(file, "# " + "x".repeat(990_000) + "\n" + Files.readString(CORPUS.resolve(
                "tenders/valid-base.yaml")));
        long start = System.nanoTime();
        Cli.Result r = Cli.run("validate", file.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(0);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    /** A layout that is a link to a file outside the layout directory: refused in plain words, not a SecurityException. */
    @Test
    void aLayoutLinkedOutsideIsRefusedInPlainWords(@TempDir Path dir) throws IOException {
        Path layouts = Files.createDirectory(dir.resolve("layouts"));
        Path outside = Files.writeString(dir.resolve("outside.txt"), "secret\n");
        Files.createSymbolicLink(layouts.resolve("document.txt.ftl"), outside);
        Cli.Result r = Cli.run("render", "--templates", layouts.toString(),
                CORPUS.resolve("tenders/valid-base.yaml").toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).isEqualTo("render: layout template document.txt.ftl is a link to a file outside the "
                + "layout directories; copy the file in instead\n");
        assertThat(r.out()).doesNotContain("secret");
    }
}
