package no.kriteriebank.check;

import static no.kriteriebank.check.CheckFixtures.checker;
import static no.kriteriebank.check.CheckFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.kriteriebank.model.Choice;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** Parameter values: known names, within type and bounds, required ones given. */
class ParameterRuleTest {

    private static Tender withSelection(Language language, SelectedCriterion selection) {
        return CheckFixtures.tender(language, t -> t.criterion(selection));
    }

    private static Tender withValues(String id, Map<String, String> values) {
        return withSelection(Language.NB, new SelectedCriterion(id, values, null));
    }

    @Test
    void valuesWithinBoundsPass() {
        assertThat(checker().check(withValues("BYG-01", Map.of("share", "10"))).findings()).isEmpty();
        assertThat(checker().check(withValues("BYG-01", Map.of("share", "100"))).findings()).isEmpty();
        assertThat(checker().check(withValues("BYG-01", Map.of("share", "55,5"))).findings()).isEmpty();
        assertThat(checker().check(withValues("TRA-07", Map.of("years", "1"))).findings()).isEmpty();
    }

    @Test
    void valuesOutsideBoundsFailWithWhatIsAllowed() {
        CheckResult low = checker().check(withValues("BYG-01", Map.of("share", "9.5")));
        assertThat(summary(low)).containsExactly("ERROR CRITERION-PARAMETER-VALUE criteria[2].values.share");
        assertThat(low.findings().get(0).message()).isEqualTo("Verdien «9.5» for «Andel» i BYG-01 er ikke gyldig."
                + " Oppgi en prosentsats fra 10\u00A0% til 100\u00A0%.");
        CheckResult nn = checker().check(withSelection(Language.NN,
                new SelectedCriterion("BYG-01", Map.of("share", "101"), null)));
        assertThat(nn.findings().get(0).message()).isEqualTo("Verdien «101» for «Del» i BYG-01 er ikkje gyldig."
                + " Oppgje ein prosentsats frå 10\u00A0% til 100\u00A0%.");
        CheckResult en = checker().check(withSelection(Language.EN,
                new SelectedCriterion("TRA-07", Map.of("years", "2.5"), null)));
        assertThat(en.findings().get(0).message()).isEqualTo("The value \"2.5\" for \"Number of years\" in TRA-07 is"
                + " not valid. Give a whole number from 1 to 10.");
        assertThat(summary(checker().check(withValues("TRA-07", Map.of("years", "11")))))
                .containsExactly("ERROR CRITERION-PARAMETER-VALUE criteria[2].values.years");
        assertThat(summary(checker().check(withValues("TRA-07", Map.of("years", "mange")))))
                .containsExactly("ERROR CRITERION-PARAMETER-VALUE criteria[2].values.years");
    }

    @Test
    void anUnknownParameterNameIsReportedWithDidYouMean() {
        CheckResult result = checker().check(withValues("BYG-01", Map.of("shar", "50")));
        assertThat(summary(result)).containsExactly("ERROR CRITERION-PARAMETER-UNKNOWN criteria[2].values.shar");
        assertThat(result.findings().get(0).message()).isEqualTo("BYG-01 har ingen parameter som heter «shar»."
                + " Mente du «share»? Parametere: share.");
    }

    @Test
    void aParameterWithoutDefaultNeedsAValue() {
        CheckResult result = checker().check(withValues("TRA-07", Map.of()));
        assertThat(summary(result)).containsExactly("ERROR CRITERION-PARAMETER-MISSING criteria[2].values");
        assertThat(result.findings().get(0).message()).isEqualTo("TRA-07 mangler verdi for «Antall år» (years), og"
                + " parameteren har ingen standardverdi. Fyll inn en verdi.");
    }

    @Test
    void whatIsAllowedIsWordedForEveryType() {
        Wording nb = new Wording(Messages.load("findings"), Language.NB);
        Wording en = new Wording(Messages.load("findings"), Language.EN);
        LocalizedText label = LocalizedText.of("x");
        Parameter choice = new Parameter("fuel", ParameterType.CHOICE, label, null, null, null, null,
                List.of(new Choice("hvo100", label), new Choice("biogas", label)));
        assertThat(ParameterRule.allowed(nb, choice)).isEqualTo("ett av disse: hvo100, biogas");
        assertThat(ParameterRule.allowed(en, new Parameter("d", ParameterType.DATE, label, null, null, null, null,
                null))).isEqualTo("a date such as 2027-01-01");
        assertThat(ParameterRule.allowed(nb, new Parameter("k", ParameterType.DECIMAL, label, null,
                new BigDecimal("0.5"), null, null, null))).isEqualTo("et tall på minst 0,5");
        assertThat(ParameterRule.allowed(en, new Parameter("y", ParameterType.YEAR, label, null, null,
                new BigDecimal("2035"), null, null))).isEqualTo("a year of at most 2035");
        assertThat(ParameterRule.allowed(nb, new Parameter("t", ParameterType.TEXT, label, null, null, null, null,
                null))).isEqualTo("en tekst som ikke er tom");
        assertThat(ParameterRule.allowed(en, new Parameter("p", ParameterType.PERCENT, label, null, null, null, null,
                null))).isEqualTo("a percentage from 0% to 100%");
    }
}
