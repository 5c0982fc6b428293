package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class ShowCommandTest {
    @Test
    void showsTheClauseWithDefaultsThenParametersReferencesAndFacts() {
        Cli.Result r = Cli.run("show", "TRA-01");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .startsWith("Andel nullutslippskjøretøy i oppdraget [TRA-01, revisjon 2]")
                .contains("Minst 50\u00a0% av kjøretøyene")
                .contains("Dokumentasjon:", "Veiledning til oppdragsgiver:")
                .contains("Parametere\n----------\n- zeroEmissionShare: Minste andel nullutslippskjøretøy "
                        + "(type percent; standardverdi 50; grenser 10–100)")
                .contains("Referanser", "https://kriterieveiviseren.difi.no/")
                .contains("- Område: Transport (transport)", "- Nivå: Avansert (advanced)", "- CPV: 601, 90511",
                        "- Fullstendig på: nb, nn, en");
    }

    @Test
    void aPriceAdditionShowsThatItHasNoWeightInsteadOfARange() {
        Cli.Result r = Cli.run("show", "VEG-05");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("- Anbefalt vekt: Ingen egen vekt: et tillegg i evaluert pris")
                .doesNotContain("0\u20130 %");
        assertThat(Cli.run("show", "VEG-05", "--lang", "nn").out())
                .contains("- Tilrådd vekt: Inga eiga vekt: eit tillegg i evaluert pris");
    }

    @Test
    void labelsFollowTheLanguage() {
        String out = Cli.run("show", "TRA-01", "--lang", "en").out();
        assertThat(out).contains("At least 50% of the vehicles", "Parameters", "References", "- Area: Transport",
                "(type percent; default 50; range 10–100)");
    }

    @Test
    void markdownEscapesTextAndLinksReferences() {
        Cli.Result r = Cli.run("show", "GEN-01", "--format", "markdown");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("### Miljøledelsessystem")
                .contains("#### Referanser")
                .contains("- [ISO 14001:2015 Environmental management systems](<https://www.iso.org/standard/60857.html>)")
                .contains("- **Område**: Generelt (general)")
                .contains("- **CPV**: alle anskaffelser");
    }

    @Test
    void htmlIsAnEscapedFragment() {
        Cli.Result r = Cli.run("show", "GEN-01", "--format", "html");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("<article class=\"clause\"")
                .contains("<section class=\"criterion-details\">")
                .contains("<a href=\"https://www.miljofyrtarn.no/\">Miljøfyrtårn</a>")
                .contains("<strong>Nivå</strong>: Grunnleggende (basic)");
    }

    @Test
    void jsonIsTheCriterionAsInBankFiles() {
        Cli.Result r = Cli.run("show", "TRA-01", "--format", "json");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Object> json = JsonMapper.builder().build().readValue(r.out(), new TypeReference<>() {
        });
        assertThat(json).containsEntry("id", "TRA-01").containsEntry("revision", 2).containsEntry("area", "TRANSPORT")
                .containsKeys("title", "text", "guidance", "parameters", "documentation", "references");
    }

    @Test
    void acceptsAPinnedKeyAndAnyCase() {
        assertThat(Cli.run("show", "TRA-01@1").exit()).isZero();
        assertThat(Cli.run("show", "tra-01").out()).startsWith("Andel nullutslippskjøretøy");
    }

    @Test
    void anUnknownIdSuggestsTheClosest() {
        Cli.Result r = Cli.run("show", "TRA-1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("show: unknown criterion 'TRA-1' (did you mean TRA-01?)\n");
    }

    @Test
    void aRevisionTheBankDoesNotHaveIsAnError() {
        Cli.Result r = Cli.run("show", "TRA-01@7");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("show: kriteriebank 2026.2 has TRA-01@2, not TRA-01@7\n");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result r = Cli.run("show", "TRA-01", "--format", "pdf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'pdf' is not a format; expected one of text, markdown, html, json");
    }
}
