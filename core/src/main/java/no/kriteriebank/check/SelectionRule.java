package no.kriteriebank.check;

import java.util.HashMap;
import java.util.Map;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.DocumentationRequirement;

/**
 * The selected criteria against the bank: each is known (else "did you mean"), active, pinned to the revision the
 * bank has, selected once; award criteria say what the supplier documents; labels and certificates accept
 * equivalents.
 *
 * <p>A bank built by {@code CriteriaBank.of} or the loader already refuses labels without equivalents; the check is
 * repeated here because a tender is what gets announced, whatever bank it was written from.
 */
final class SelectionRule implements StandardRule {

    @Override
    public void apply(TenderContext context, Report report) {
        Wording w = report.wording();
        String bank = context.bank().info().label();
        Map<String, Integer> counts = new HashMap<>();
        for (TenderContext.Selection s : context.selections()) {
            if (s.id() != null) {
                counts.merge(s.id(), 1, Integer::sum);
            }
        }
        for (TenderContext.Selection s : context.selections()) {
            if (s.id() == null) {
                continue; // no id at all: the tender's own validation says so
            }
            String idPath = s.path() + ".id";
            Criterion c = s.criterion();
            if (c == null) {
                report.add(FindingCode.CRITERION_UNKNOWN, idPath, Map.of(
                        "criterion", s.id(),
                        "bank", bank,
                        "hint", w.didYouMean(context.bank().suggest(s.id()))));
                continue;
            }
            if (counts.get(s.id()) > 1) {
                report.add(FindingCode.CRITERION_DUPLICATE, idPath, Map.of("criterion", s.id()));
            }
            if (!c.isActive()) {
                report.add(FindingCode.CRITERION_DEPRECATED, idPath, Map.of(
                        "criterion", c.id(),
                        "successor", c.supersededBy() == null ? w.phrase("word.none", Map.of()) : c.supersededBy()));
            }
            Criterion current = context.bank().find(c.id()).orElse(c);
            s.selected().pinnedRevision().filter(r -> r != c.revision()).ifPresent(r ->
                    report.add(FindingCode.CRITERION_REVISION, idPath, Map.of(
                            "pinned", s.selected().id(),
                            "current", c.key(),
                            "bank", bank)));
            if (s.selected().pinnedRevision().isPresent() && c.revision() == s.selected().pinnedRevision().get()
                    && current.revision() > c.revision()) {
                report.add(FindingCode.CRITERION_REVISION_EARLIER, idPath, Map.of(
                        "pinned", c.key(),
                        "current", current.key(),
                        "bank", bank));
            }
            if (c.kind() == CriterionKind.AWARD && c.documentation().isEmpty()) {
                report.add(FindingCode.CRITERION_DOCUMENTATION_MISSING, s.path(), Map.of("criterion", c.id()));
            }
            for (DocumentationRequirement d : c.documentation()) {
                if (d != null && d.type() != null && d.type().isLabelOrCertificate() && !d.equivalentAccepted()) {
                    report.add(FindingCode.CRITERION_EQUIVALENT_MISSING, s.path(), Map.of(
                            "criterion", c.id(),
                            "type", w.text(d.type().label())));
                }
            }
        }
    }
}
