package no.kriteriebank.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The eForms SDK files the tests check exports against: the XSDs and codelists of SDK 1.15.1 and DFØ's Norwegian
 * codelist, copied into this module's test resources (see {@code eforms/NOTICE.md} there for sources and licence) so
 * that the tests need nothing outside the repository.
 */
final class EformsSdk {
    static final Path RESOURCES = locate();
    static final Path SDK = RESOURCES.resolve("sdk-1.15.1");
    private static Schema schema;

    private EformsSdk() {
    }

    private static Path locate() {
        try {
            java.net.URL marker = EformsSdk.class.getResource("/eforms/NOTICE.md");
            if (marker == null) {
                throw new IllegalStateException("the eForms test resources are missing from the class path");
            }
            return Path.of(marker.toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ContractNotice schema with everything it imports: UBL 2.3 common components and the eForms extensions. */
    static synchronized Schema schema() {
        if (schema == null) {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                schema = factory.newSchema(SDK.resolve("schemas/maindoc/UBL-ContractNotice-2.3.xsd").toFile());
            } catch (SAXException e) {
                throw new IllegalStateException("cannot compile the eForms XSDs", e);
            }
        }
        return schema;
    }

    /** Validates a document against the schema; any global element of the imported schemas may be its root. */
    static void validate(Document document) throws SAXException, IOException {
        schema().newValidator().validate(new DOMSource(document));
    }

    /** Validates XML text against the schema. */
    static void validate(String xml) throws SAXException, IOException {
        javax.xml.validation.Validator v = schema().newValidator();
        v.validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The codes of one of the SDK's codelists, e.g. {@code award-criterion-type}. */
    static Set<String> codelist(String name) throws IOException {
        String text = Files.readString(SDK.resolve("codelists").resolve(name + ".gc"));
        Matcher m = Pattern.compile("ColumnRef=\"code\">\\s*<SimpleValue>([^<]+)</SimpleValue>").matcher(text);
        Set<String> codes = new LinkedHashSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** The Norwegian award-criterion types in DFØ's codelist. */
    static Set<String> norwegianCodes() throws IOException {
        String text = Files.readString(RESOURCES.resolve("nor/award-criterion-type.no.yaml"));
        Matcher m = Pattern.compile("(?m)^  - code: '([^']+)'").matcher(text);
        Set<String> codes = new LinkedHashSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
