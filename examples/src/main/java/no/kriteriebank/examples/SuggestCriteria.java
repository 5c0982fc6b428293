package no.kriteriebank.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.bank.CriteriaSuggester;
import no.kriteriebank.bank.Suggestion;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.templates.StandardLayouts;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;

/**
 * A procurement system's job: suggest climate criteria for the CPV codes of a procurement, let the buyer fill in
 * their values, build the tender with an award model, and render it as HTML for the tender documents.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=no.kriteriebank.examples.SuggestCriteria -Dexec.args=60130000
 * </pre>
 */
public final class SuggestCriteria {
    private SuggestCriteria() {
    }

    /**
     * Prints the rendered tender for the CPV codes given (default: 60130000, special-purpose road passenger
     * transport, as for school transport).
     *
     * @param args CPV codes
     */
    public static void main(String[] args) {
        System.out.print(run(args.length == 0 ? List.of("60130000") : List.of(args)));
    }

    /**
     * The criteria {@link CriteriaSuggester} proposes for the CPV codes, as this procurement system takes them: those
     * written for these codes (criteria for every procurement, such as environmental management, are left for the
     * buyer to add), at basic or advanced level.
     *
     * @param bank the bank to suggest from
     * @param cpvCodes the procurement's CPV codes
     * @return the suggestions, best first
     */
    public static List<Criterion> suggest(CriteriaBank bank, List<String> cpvCodes) {
        return CriteriaSuggester.forBank(bank).suggest(cpvCodes).stream()
                .filter(s -> !s.matchedCpv().isEmpty())
                .map(Suggestion::criterion)
                .filter(c -> c.level() != AmbitionLevel.LEADING)
                .toList();
    }

    /**
     * Suggests criteria, fills in the buyer's values, builds the tender and renders it.
     *
     * @param cpvCodes the procurement's CPV codes
     * @return the tender as an HTML document
     */
    public static String run(List<String> cpvCodes) {
        CriteriaBank bank = StandardBank.load();
        // The buyer's values for parameters they want to change; everything else keeps the bank's default.
        Map<String, Map<String, String>> values = Map.of(
                "TRA-01", Map.of("zeroEmissionShare", "80"),
                "TRA-05", Map.of("busZeroEmissionShare", "50"));
        Tender.Builder tender = Tender.builder("Skoleskyss 2027–2031", "Vinje kommune", Language.NB)
                .reference("2026/1234")
                .announcementDate(LocalDate.of(2026, 9, 1))
                .estimatedValue(new BigDecimal("12500000"))
                .environment(EnvironmentOption.AWARD_CRITERIA, null);
        cpvCodes.forEach(tender::cpv);
        List<String> awardCriteria = new ArrayList<>();
        for (Criterion c : suggest(bank, cpvCodes)) {
            tender.criterion(new SelectedCriterion(c.id(), values.getOrDefault(c.id(), Map.of()), null));
            if (c.kind() == CriterionKind.AWARD) {
                awardCriteria.add(c.id());
            }
        }
        tender.award(AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30",
                        awardCriteria.toArray(String[]::new))));
        TenderRenderer renderer = StandardLayouts.renderer(bank).build();
        return renderer.render(tender.build(), Format.HTML).text();
    }
}
