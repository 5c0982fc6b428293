package no.kriteriebank.check;

import static no.kriteriebank.check.CheckFixtures.bank;
import static no.kriteriebank.check.CheckFixtures.summary;
import static no.kriteriebank.check.CheckFixtures.tender;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** A network adds a check of its own through {@link TenderChecker.Builder#rule(Rule)}, without forking. */
class CustomRuleTest {

    /** A transport network's convention: its tenders name only CPV codes of the transport division (60). */
    private static final Rule TRANSPORT_CPV = context -> {
        if (context.tender().cpv().stream().anyMatch(c -> !c.startsWith("60"))) {
            context.add(Severity.WARNING, "GKI-CPV-TRANSPORT", "cpv", context.language() == Language.EN
                    ? "Use transport CPV codes only (60…)." : "Bruk bare CPV-koder for transport (60…).");
        }
    };

    @Test
    void aRuleAddedThroughTheBuilderReportsItsFindingAmongTheLibrarysOwn() {
        TenderChecker checker = TenderChecker.builder().bank(bank()).rule(TRANSPORT_CPV).build();
        Tender building = tender(t -> t.cpv("45000000"));
        CheckResult result = checker.check(building);
        assertThat(summary(result)).contains("WARNING GKI-CPV-TRANSPORT cpv");
        Finding finding = result.findings().stream().filter(f -> f.code().equals(new RuleCode("GKI-CPV-TRANSPORT"))).findFirst()
                .orElseThrow();
        assertThat(finding.message()).isEqualTo("Bruk bare CPV-koder for transport (60…).");
        // the same tender without the rule has no such finding, and a transport tender passes the rule
        assertThat(summary(TenderChecker.forBank(bank()).check(building))).doesNotContain(
                "WARNING GKI-CPV-TRANSPORT cpv");
        assertThat(checker.check(tender(t -> { })).findings()).isEmpty();
    }

    @Test
    void aRuleSeesTheTenderBankRuleSetAndLanguage() {
        List<String> seen = new ArrayList<>();
        TenderChecker checker = TenderChecker.builder().bank(bank()).rule(context -> seen.add(
                context.tender().title() + " | " + context.bank().info().id() + " | "
                        + context.ruleSet().map(RuleSet::id).orElse("none") + " | " + context.language())).build();
        checker.check(tender(Language.EN, t -> { }));
        assertThat(seen).containsExactly("Skoleskyss | " + bank().info().id() + " | foa-7-9-2024 | " + Language.EN);
    }

    @Test
    void rulesRunInTheOrderAddedAndABlankOrLibraryCodeIsRefused() {
        List<String> order = new ArrayList<>();
        TenderChecker checker = TenderChecker.builder().bank(bank()).rule(c -> order.add("first"))
                .rule(c -> order.add("second")).build();
        checker.check(tender(t -> { }));
        assertThat(order).containsExactly("first", "second");
        TenderChecker blank = TenderChecker.builder().bank(bank())
                .rule(c -> c.add(Severity.INFO, " ", "", "message")).build();
        assertThatThrownBy(() -> blank.check(tender(t -> { }))).isInstanceOf(IllegalArgumentException.class);
        TenderChecker impostor = TenderChecker.builder().bank(bank())
                .rule(c -> c.add(Severity.INFO, "FOA-7-9-MIN-WEIGHT", "", "message")).build();
        assertThatThrownBy(() -> impostor.check(tender(t -> { }))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FOA-7-9-MIN-WEIGHT is one of the library's finding codes");
        assertThatThrownBy(() -> TenderChecker.builder().rule(null)).isInstanceOf(NullPointerException.class);
    }
}
