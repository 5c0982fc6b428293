package no.kriteriebank.export;

import java.util.ArrayList;
import java.util.List;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.DocumentationType;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.Tender;

/**
 * The texts and codes an eForms notice carries beside the award criteria: BT-777 (what the strategic procurement
 * aims at), BT-70 (the contract clauses as performance conditions), BT-809/BT-750 (the qualification criteria as
 * selection criteria), and which of them lack the English a notice needs.
 */
final class NoticeTexts {
    private NoticeTexts() {
    }

    /** BT-777 for BT-06 {@code env-imp}. */
    static String strategicDescription(Language language) {
        switch (language) {
            case NB:
                return "Redusert klima- og miljøbelastning: klima- og miljøkrav og -kriterier i anskaffelsen";
            case NN:
                return "Redusert klima- og miljøbelastning: klima- og miljøkrav og -kriterium i anskaffinga";
            default:
                return "Reduced climate and environmental impact: climate and environmental requirements and "
                        + "criteria in the procurement";
        }
    }

    /**
     * BT-809 for a qualification criterion: an environmental management certificate
     * ({@code slc-sche-env-cert-indep}, "environmental management standards certificates by independent bodies")
     * when the supplier documents the criterion with a certificate; otherwise references of comparable contracts,
     * for works, services or supplies by the main CPV code (division 45 works, 50 and above services, below
     * supplies), or the environmental management measures ({@code slc-abil-mgmt-env}) when the tender has no CPV
     * code.
     */
    static String selectionCriterion(Criterion criterion, Tender tender) {
        boolean certificate = criterion.documentation().stream()
                .anyMatch(d -> d.type() == DocumentationType.CERTIFICATE);
        if (certificate) {
            return "slc-sche-env-cert-indep";
        }
        if (tender.cpv().isEmpty()) {
            return "slc-abil-mgmt-env";
        }
        int division = Integer.parseInt(tender.cpv().get(0).substring(0, 2));
        if (division == 45) {
            return "slc-abil-ref-work";
        }
        return division >= 50 ? "slc-abil-ref-services" : "slc-abil-ref-supply";
    }

    /** {@code GEN-01 Title} in the language, or null when the criterion has no title in it. */
    static String title(Criterion criterion, Language language) {
        return criterion.title().get(language).map(t -> criterion.id() + " " + t).orElse(null);
    }

    /** {@code GEN-09 Title; GEN-10 Title} in the language, or null when one has no title in it. */
    static String titles(List<Criterion> criteria, Language language) {
        List<String> parts = new ArrayList<>();
        for (Criterion c : criteria) {
            String title = title(c, language);
            if (title == null) {
                return null;
            }
            parts.add(title);
        }
        return String.join("; ", parts);
    }

    /**
     * The first text the notice would need in English and the tender does not give, as the field's path, a space
     * and what is missing; null when every text has its English.
     */
    static String missingEnglish(List<AwardLine> lines, TenderView view) {
        for (AwardLine line : lines) {
            if (line.nameEn() == null) {
                return line.path() + ".nameEn '" + line.name() + "' has no English name (nameEn)";
            }
            if (line.description() != null && line.descriptionEn() == null) {
                return line.marker()
                        ? "environment.justificationEn the justification has no English text (justificationEn)"
                        : line.path() + ".descriptionEn '" + line.name() + "' has no English description "
                                + "(descriptionEn)";
            }
        }
        for (Criterion c : view.criteria().keySet()) {
            if (c.title().get(Language.EN).isEmpty()) {
                return "criteria " + c.key() + " has no English title in its bank";
            }
        }
        return null;
    }
}
