package no.kriteriebank.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;

/**
 * An ISO Schematron schema (XSLT 2 query binding) compiled the way the eForms validators run it: SchXslt 1.10.1
 * turns the {@code .sch} with its includes into XSLT for one phase, Saxon-HE runs that XSLT on a notice and the SVRL
 * report's failed asserts are the findings.
 *
 * <p>Compiling the SDK's 13 MB of rules is slow (tens of seconds), so it happens once per test run and schema:
 * {@link #of} keeps each compiled schema for the life of the JVM, and the generated XSLT is kept under
 * {@code target/schematron-xslt/}, named by a SHA-256 of the Schematron files, the phase and the SchXslt version, so
 * a later run only compiles the XSLT.
 */
final class Schematron {
    private static final String SCHXSLT = "name.dmaus.schxslt:schxslt:1.10.1";
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final Processor SAXON = new Processor(false);
    private static final Map<String, Schematron> COMPILED = new ConcurrentHashMap<>();

    private final String name;
    private final XsltExecutable validator;
    private final long compileMillis;

    /** One failed assert of an SVRL report. */
    record FailedAssert(String id, String role, String location, String text) {
        @Override
        public String toString() {
            return id + " [" + role + "] at " + location + ": " + text;
        }
    }

    private Schematron(String name, XsltExecutable validator, long compileMillis) {
        this.name = name;
        this.validator = validator;
        this.compileMillis = compileMillis;
    }

    /**
     * The schema at a path under the eForms test resources, for one phase ({@code #ALL} for every pattern), compiled
     * once per JVM.
     */
    static Schematron of(String resource, String phase) {
        return COMPILED.computeIfAbsent(resource + "#" + phase, key -> compile(resource, phase));
    }

    /** How long compiling this schema took in this JVM, in milliseconds (with the XSLT cache: only Saxon's part). */
    long compileMillis() {
        return compileMillis;
    }

    private static Schematron compile(String resource, String phase) {
        long start = System.nanoTime();
        Path sch = EformsSdk.RESOURCES.resolve(resource);
        try {
            Path xsl = cached(sch, phase);
            XsltExecutable validator = SAXON.newXsltCompiler().compile(new StreamSource(xsl.toFile()));
            return new Schematron(resource + " (phase " + phase + ")", validator,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot compile " + sch, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XSLT for the schema and phase, from the cache under target/ or made by SchXslt and put there. */
    private static Path cached(Path sch, String phase) throws IOException, SaxonApiException {
        Path dir = cacheDirectory();
        Path xsl = dir.resolve(sch.getFileName().toString().replace(".sch", "") + "-" + phase.replace('#', '_') + "-"
                + fingerprint(sch.getParent(), phase) + ".xsl");
        if (Files.isRegularFile(xsl)) {
            return xsl;
        }
        // through the class loader: a class in the core module finds only the module's own resources
        URL pipeline = Thread.currentThread().getContextClassLoader().getResource("xslt/2.0/pipeline-for-svrl.xsl");
        if (pipeline == null) {
            throw new IllegalStateException("SchXslt is not on the test class path");
        }
        XsltTransformer schxslt = SAXON.newXsltCompiler()
                .compile(new StreamSource(pipeline.openStream(), pipeline.toExternalForm())).load();
        if (!"#ALL".equals(phase)) {
            schxslt.setParameter(new QName("phase"), new XdmAtomicValue(phase));
        }
        schxslt.setSource(new StreamSource(sch.toFile()));
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, "compiling", ".xsl");
        Serializer out = SAXON.newSerializer(partial.toFile());
        schxslt.setDestination(out);
        schxslt.transform();
        out.close();
        Files.move(partial, xsl, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return xsl;
    }

    private static Path cacheDirectory() {
        // test-classes/eforms -> test-classes -> target
        return EformsSdk.RESOURCES.getParent().getParent().resolve("schematron-xslt");
    }

    /** SHA-256 over every .sch file beside the schema (names and bytes), the phase and the SchXslt version. */
    private static String fingerprint(Path dir, String phase) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((SCHXSLT + "\n" + phase + "\n").getBytes(StandardCharsets.UTF_8));
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(p -> p.toString().endsWith(".sch")).sorted().toList();
            }
            for (Path f : files) {
                digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a notice into Saxon's tree, the form {@link #validate(XdmNode)} and location lookups take. */
    static XdmNode parse(String xml) {
        try {
            return SAXON.newDocumentBuilder().build(new StreamSource(new StringReader(xml), "notice.xml"));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("not well-formed: " + e.getMessage(), e);
        }
    }

    /** The failed asserts of the schema on a notice, in document order of the report. */
    List<FailedAssert> validate(XdmNode notice) {
        try {
            XsltTransformer t = validator.load();
            t.setInitialContextNode(notice);
            XdmDestination svrl = new XdmDestination();
            t.setDestination(svrl);
            t.transform();
            XPathCompiler xpath = SAXON.newXPathCompiler();
            xpath.declareNamespace("svrl", SVRL);
            List<FailedAssert> failed = new ArrayList<>();
            for (XdmItem item : xpath.evaluate("//svrl:failed-assert", svrl.getXdmNode())) {
                XdmNode a = (XdmNode) item;
                failed.add(new FailedAssert(attribute(a, "id"), attribute(a, "role"), attribute(a, "location"),
                        xpath.evaluate("normalize-space(svrl:text)", a).toString()));
            }
            return failed;
        } catch (SaxonApiException e) {
            throw new IllegalStateException(name + " failed on the notice: " + e.getMessage(), e);
        }
    }

    /** The node an SVRL location points to in the notice, or null when the location does not resolve. */
    static XdmNode locate(XdmNode notice, String location) {
        try {
            XdmValue found = SAXON.newXPathCompiler().evaluate(location, notice);
            return found.size() == 1 && found.itemAt(0) instanceof XdmNode n ? n : null;
        } catch (SaxonApiException e) {
            return null;
        }
    }

    /** Evaluates an XPath with the eForms prefixes on a notice. */
    static XdmValue select(XdmNode notice, String expression) {
        try {
            XPathCompiler xpath = SAXON.newXPathCompiler();
            xpath.declareNamespace("cac", EformsExporter.CAC);
            xpath.declareNamespace("cbc", EformsExporter.CBC);
            xpath.declareNamespace("ext", EformsExporter.EXT);
            xpath.declareNamespace("efext", EformsExporter.EFEXT);
            xpath.declareNamespace("efac", EformsExporter.EFAC);
            xpath.declareNamespace("efbc", EformsExporter.EFBC);
            return xpath.evaluate(expression, notice);
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    private static String attribute(XdmNode node, String name) {
        String value = node.getAttributeValue(new QName(name));
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return name;
    }
}
