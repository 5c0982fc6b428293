package no.kriteriebank.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A complete contract notice from the eForms SDK or DFØ into which an exported lot is placed, the way a procurement
 * system would: in the host's lot {@code LOT-0001} our award criteria replace the host's, our BT-774/BT-06/BT-805
 * entries replace the host's entries of those lists, and our BT-70 conditions and BT-809/BT-750 selection criteria,
 * when the export writes them, replace the host's. Every language our texts use becomes a notice language, as it
 * must be. Everything else of the host stays as it is.
 */
enum HostNotice {
    /** The SDK's maximal contract notice (subtype 16), the EU notice; the SDK phase {@code eforms-16} applies. */
    EU_CN_24("sdk-1.15.1/examples/cn_24_maximal.xml", "eforms-16"),
    /** DFØ's valid national E3 notice with Norwegian climate codes; the SDK phase {@code eforms-E3} applies. */
    NATIONAL_E3("nor/notices/VALID-national-e3-nor-env.xml", "eforms-E3");

    private static final String LOT = "/*/cac:ProcurementProjectLot[cbc:ID[@schemeName = 'Lot'] = 'LOT-0001']";
    private static final String SELECTION = "cac:TenderingTerms/ext:UBLExtensions/ext:UBLExtension"
            + "/ext:ExtensionContent/efext:EformsExtension/efac:SelectionCriteria";
    private static final Set<String> GREEN_LISTS = Set.of("environmental-impact", "strategic-procurement",
            "gpp-criteria");

    private final String resource;
    private final String phase;

    HostNotice(String resource, String phase) {
        this.resource = resource;
        this.phase = phase;
    }

    /** The SDK phase for the notice's subtype, as TED's validator chooses it. */
    String phase() {
        return phase;
    }

    /**
     * The host as it is, DFØ's template placeholders filled as DFØ's README says (SDK minor version, today's date in
     * Norway as dispatch date, since DFØ's rules check it against the current date).
     */
    String text() {
        return template(resource);
    }

    /** A notice from the test resources with DFØ's template placeholders filled. */
    static String template(String resource) {
        try {
            String xml = Files.readString(EformsSdk.RESOURCES.resolve(resource), StandardCharsets.UTF_8);
            return xml.replace("${EFORMS_MINOR}", "1.15")
                    .replace("${ISSUEDATE}", LocalDate.now(ZoneId.of("Europe/Oslo")) + "+01:00")
                    .replace("${ISSUETIME}", "10:00:00+01:00");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A notice with our lot in it, and the XPaths of the parts our export wrote. */
    record Assembled(String xml, List<String> ours) {
    }

    /** Places an exported lot ({@code cac:ProcurementProjectLot}) into the host. */
    Assembled embed(String lotXml) {
        Document notice = EformsSdk.parse(text());
        Document lot = EformsSdk.parse(lotXml);
        Element hostLot = lotOf(notice);
        Element ourLot = lot.getDocumentElement();
        List<String> ours = new ArrayList<>();

        Element ourTerms = child(ourLot, EformsExporter.CAC, "TenderingTerms");
        Element hostTerms = child(hostLot, EformsExporter.CAC, "TenderingTerms");
        List<Element> ourSelection = path(ourTerms, "UBLExtensions", "UBLExtension", "ExtensionContent",
                "EformsExtension", "SelectionCriteria");
        if (!ourSelection.isEmpty()) {
            // Ours come first; the host's stay, since its other fields (a second stage, BT-40/BT-51) refer to them.
            Element extension = path(hostTerms, "UBLExtensions", "UBLExtension", "ExtensionContent",
                    "EformsExtension").get(0);
            List<Element> theirs = children(extension, EformsExporter.EFAC, "SelectionCriteria");
            Node before = theirs.isEmpty() ? extension.getFirstChild() : theirs.get(0);
            for (Element e : ourSelection) {
                extension.insertBefore(notice.importNode(e, true), before);
            }
            ours.add(LOT + "/" + SELECTION + "[position() le " + ourSelection.size() + "]");
        }
        List<Element> ourConditions = children(ourTerms, EformsExporter.CAC, "ContractExecutionRequirement");
        if (!ourConditions.isEmpty()) {
            List<Element> theirs = new ArrayList<>();
            for (Element e : children(hostTerms, EformsExporter.CAC, "ContractExecutionRequirement")) {
                Element code = child(e, EformsExporter.CBC, "ExecutionRequirementCode");
                if (code != null && "conditions".equals(code.getAttribute("listName"))) {
                    theirs.add(e);
                }
            }
            Node before = theirs.isEmpty() ? child(hostTerms, EformsExporter.CAC, "AwardingTerms") : theirs.get(0);
            for (Element e : ourConditions) {
                hostTerms.insertBefore(notice.importNode(e, true), before);
            }
            theirs.forEach(hostTerms::removeChild);
            ours.add(LOT + "/cac:TenderingTerms/cac:ContractExecutionRequirement"
                    + "[cbc:ExecutionRequirementCode/@listName = 'conditions']");
        }
        Element ourAwarding = path(ourTerms, "AwardingTerms", "AwardingCriterion").get(0);
        Element hostAwardingTerms = child(hostTerms, EformsExporter.CAC, "AwardingTerms");
        Element hostAwarding = child(hostAwardingTerms, EformsExporter.CAC, "AwardingCriterion");
        hostAwardingTerms.replaceChild(notice.importNode(ourAwarding, true), hostAwarding);
        ours.add(LOT + "/cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion");

        Element hostProject = child(hostLot, EformsExporter.CAC, "ProcurementProject");
        List<Element> theirs = new ArrayList<>();
        Node before = null;
        for (Element e : children(hostProject, EformsExporter.CAC, "ProcurementAdditionalType")) {
            if (GREEN_LISTS.contains(child(e, EformsExporter.CBC, "ProcurementTypeCode").getAttribute("listName"))) {
                theirs.add(e);
            }
            before = e.getNextSibling();
        }
        if (before == null) {
            before = child(hostProject, EformsExporter.CAC, "MainCommodityClassification");
        }
        for (Element e : children(child(ourLot, EformsExporter.CAC, "ProcurementProject"), EformsExporter.CAC,
                "ProcurementAdditionalType")) {
            hostProject.insertBefore(notice.importNode(e, true), before);
        }
        theirs.forEach(hostProject::removeChild);
        ours.add(LOT + "/cac:ProcurementProject/cac:ProcurementAdditionalType[cbc:ProcurementTypeCode/@listName = "
                + "('environmental-impact', 'strategic-procurement', 'gpp-criteria')]");

        Set<String> languages = languages(ourLot);
        if (this == NATIONAL_E3) {
            // A national notice is in Norwegian: our bokmål or nynorsk becomes its language instead of DFØ's NOR.
            Element main = child(notice.getDocumentElement(), EformsExporter.CBC, "NoticeLanguageCode");
            String ourMain = languages.iterator().next();
            if (!Set.of("NOB", "NNO").contains(ourMain)) {
                throw new IllegalArgumentException("a national notice needs Norwegian texts, not " + languages);
            }
            main.setTextContent(ourMain);
        }
        addLanguages(notice, languages);
        return new Assembled(serialize(notice), List.copyOf(ours));
    }

    /** Makes every language of our texts a notice language (BT-702 main, else additional). */
    private static void addLanguages(Document notice, Set<String> languages) {
        Element root = notice.getDocumentElement();
        Set<String> present = new LinkedHashSet<>();
        present.add(child(root, EformsExporter.CBC, "NoticeLanguageCode").getTextContent().strip());
        List<Element> additional = children(root, EformsExporter.CAC, "AdditionalNoticeLanguage");
        additional.forEach(a -> present.add(a.getTextContent().strip()));
        Node before = additional.isEmpty() ? firstCac(root) : additional.get(additional.size() - 1).getNextSibling();
        for (String language : languages) {
            if (present.add(language)) {
                Element a = notice.createElementNS(EformsExporter.CAC, "cac:AdditionalNoticeLanguage");
                Element id = notice.createElementNS(EformsExporter.CBC, "cbc:ID");
                id.setTextContent(language);
                a.appendChild(id);
                root.insertBefore(a, before);
            }
        }
    }

    private static Node firstCac(Element root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && EformsExporter.CAC.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static Set<String> languages(Element lot) {
        Set<String> found = new LinkedHashSet<>();
        collect(lot, found);
        return found;
    }

    private static void collect(Element e, Set<String> found) {
        if (e.hasAttribute("languageID")) {
            found.add(e.getAttribute("languageID"));
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                collect(c, found);
            }
        }
    }

    private static Element lotOf(Document notice) {
        for (Element lot : children(notice.getDocumentElement(), EformsExporter.CAC, "ProcurementProjectLot")) {
            Element id = child(lot, EformsExporter.CBC, "ID");
            if ("Lot".equals(id.getAttribute("schemeName")) && "LOT-0001".equals(id.getTextContent().strip())) {
                return lot;
            }
        }
        throw new IllegalStateException("the host has no LOT-0001");
    }

    /** Follows child elements by local name; the last step may match several. */
    private static List<Element> path(Element from, String... names) {
        List<Element> current = from == null ? List.of() : List.of(from);
        for (String name : names) {
            List<Element> next = new ArrayList<>();
            for (Element e : current) {
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element c && name.equals(c.getLocalName())) {
                        next.add(c);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String ns, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, ns, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String serialize(Document notice) {
        try {
            var t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(notice), new StreamResult(out));
            return out.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
