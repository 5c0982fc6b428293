package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format docx}, {@code -o FILE.docx} and {@code --into TEMPLATE} of render and clauses. */
class DocxOutputTest {
    @TempDir
    Path dir;

    @Test
    void docxIsWrittenToTheOutputFileAndTwoRunsGiveTheSameBytes() throws IOException {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        Path first = dir.resolve("a.docx");
        Cli.Result r = Cli.run("render", tender.toString(), "-o", first.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        Path second = dir.resolve("b.docx");
        assertThat(Cli.run("render", tender.toString(), "--format", "docx", "-o", second.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(part(Files.readAllBytes(first), "word/document.xml")).contains("Skuleskyss 2027–2031");
        assertThat(part(Files.readAllBytes(first), "docProps/core.xml")).contains("<dc:language>nn-NO</dc:language>");
    }

    @Test
    void docxNeverGoesToStdout() {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        for (boolean terminal : new boolean[] {true, false}) {
            Cli.Result r = Cli.run(Map.of(), terminal, "render", tender.toString(), "--format", "docx");
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("docx is a binary format and is not written to stdout; give -o FILE.docx");
        }
    }

    @Test
    void clauseSetsAsDocx() throws IOException {
        Path out = dir.resolve("transport.docx");
        Cli.Result r = Cli.run("clauses", "--area", "transport", "--level", "advanced", "--format", "docx", "-o",
                out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(part(Files.readAllBytes(out), "word/document.xml"))
                .contains("<w:pStyle w:val=\"Title\"/>").contains("KriteriebankGuidance");
    }

    @Test
    void intoFillsATemplateAndNamesAnUnknownMarker() throws IOException {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        Path plain = dir.resolve("plain.docx");
        assertThat(Cli.run("clauses", "--area", "general", "-o", plain.toString()).exit()).isZero();
        Map<String, byte[]> parts = parts(Files.readAllBytes(plain));
        parts.put("word/document.xml", (BuiltIn.DOCUMENT_START + "<w:p><w:r><w:t>Innleiing</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>{{kriteriebank:award}}</w:t></w:r></w:p>" + BuiltIn.DOCUMENT_END)
                .getBytes(StandardCharsets.UTF_8));
        Path template = dir.resolve("mal.docx");
        Files.write(template, zip(parts));
        Path out = dir.resolve("konkurransegrunnlag.docx");
        Cli.Result r = Cli.run("render", tender.toString(), "--into", template.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(part(Files.readAllBytes(out), "word/document.xml")).contains("Innleiing")
                .contains("Tildelingskriterium").doesNotContain("{{");

        parts.put("word/document.xml", (BuiltIn.DOCUMENT_START + "<w:p><w:r><w:t>{{kriteriebank:pris}}</w:t></w:r>"
                + "</w:p>" + BuiltIn.DOCUMENT_END).getBytes(StandardCharsets.UTF_8));
        Files.write(template, zip(parts));
        Path untouched = dir.resolve("untouched.docx");
        r = Cli.run("render", tender.toString(), "--into", template.toString(), "-o", untouched.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown marker {{kriteriebank:pris}}").doesNotContain("Exception");
        assertThat(untouched).doesNotExist();

        r = Cli.run("render", tender.toString(), "--into", template.toString(), "--format", "html", "-o",
                dir.resolve("x.html").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--into fills a Word template; it needs --format docx");
    }

    /** The start and end of a minimal main document part. */
    private static final class BuiltIn {
        static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
        static final String DOCUMENT_END = "</w:body></w:document>";
    }

    private static String part(byte[] docx, String name) throws IOException {
        return new String(parts(docx).get(name), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
