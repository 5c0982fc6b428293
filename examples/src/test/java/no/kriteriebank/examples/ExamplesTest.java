package no.kriteriebank.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.templates.StandardBank;
import org.junit.jupiter.api.Test;

/** Runs each example program and checks what it prints, so that the examples keep working as the API moves. */
class ExamplesTest {

    @Test
    void suggestCriteriaForSchoolTransport() {
        List<Criterion> suggested = SuggestCriteria.suggest(StandardBank.load(), List.of("60130000"));
        assertThat(suggested).extracting(Criterion::id).contains("TRA-01", "TRA-05", "TRA-06")
                .doesNotContain("GEN-01", "TRA-10");
        String html = SuggestCriteria.run(List.of("60130000"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Skoleskyss 2027–2031")
                .contains("TRA-01").contains("TRA-05").contains("TRA-06")
                .contains("80\u00a0%").contains("50\u00a0%")
                .contains("Klima og miljø").contains("30\u00a0%").contains("70\u00a0%");
    }

    @Test
    void networkClauseSetInNynorsk() {
        String markdown = NetworkClauseSet.run(Area.TRANSPORT, AmbitionLevel.ADVANCED, Language.NN, Format.MARKDOWN);
        assertThat(markdown).startsWith("# Standardkrav: Transport, avansert nivå").contains("TRA-01")
                .contains("TRA-06").doesNotContain("TRA-02").contains("nullutsleppskøyretøy");
    }

    @Test
    void exportNoticeForDoffinTedAndOcds() {
        String out = ExportNotice.run();
        assertThat(out).contains("== eForms lot for Doffin\n<cac:ProcurementProjectLot")
                .contains("<cbc:AwardingCriterionTypeCode listName=\"award-criterion-type\">quality-nor-env-criteria"
                        + "</cbc:AwardingCriterionTypeCode>")
                .contains("<cbc:Description languageID=\"NOB\">TRA-06 ")
                .contains("<cbc:ProcurementTypeCode listName=\"gpp-criteria\">national</cbc:ProcurementTypeCode>")
                .contains("== OCDS release fragment\n{").contains("\"awardCriteria\" : \"ratedCriteria\"")
                .contains("environmental.climateChangeMitigation")
                .contains("== TED refused the bokmål tender: EXPORT-TRANSLATION-MISSING")
                .contains("<cbc:Name languageID=\"ENG\">Climate and environment</cbc:Name>");
        String ted = out.substring(out.indexOf("== eForms lot for TED"));
        assertThat(ted).doesNotContain("quality-nor-").doesNotContain("NOB");
    }
}
