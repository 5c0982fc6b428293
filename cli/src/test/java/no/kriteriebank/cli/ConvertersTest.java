package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

/** What users type for areas, kinds, levels, languages and formats, in English or Norwegian, in any case. */
class ConvertersTest {
    @ParameterizedTest
    @CsvSource({"transport, TRANSPORT", "TRA, TRANSPORT", "building-and-construction, BUILDING_AND_CONSTRUCTION",
        "BYG, BUILDING_AND_CONSTRUCTION", "bygg og anlegg, BUILDING_AND_CONSTRUCTION", "it_equipment, IT_EQUIPMENT",
        "Mat og måltid, FOOD", "ikt, IT_EQUIPMENT"})
    void areas(String typed, Area expected) {
        assertThat(new AreaConverter().convert(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"basic, BASIC", "grunnleggende, BASIC", "Grunnleggjande, BASIC", "ADVANCED, ADVANCED",
        "avansert, ADVANCED", "leading, LEADING", "Spydspiss, LEADING"})
    void levels(String typed, AmbitionLevel expected) {
        assertThat(new LevelConverter().convert(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"qualification, QUALIFICATION", "kvalifikasjonskrav, QUALIFICATION", "specification, SPECIFICATION",
        "minimumskrav, SPECIFICATION", "award, AWARD", "tildelingskriterium, AWARD", "contract-clause, CONTRACT_CLAUSE",
        "CONTRACT_CLAUSE, CONTRACT_CLAUSE", "kontraktsvilkår, CONTRACT_CLAUSE"})
    void kinds(String typed, CriterionKind expected) {
        assertThat(new KindConverter().convert(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"nb, NB", "NN, NN", "nb-NO, NB", "no, NB", "en, EN"})
    void languages(String typed, Language expected) {
        assertThat(new LanguageConverter().convert(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"text, text", "txt, text", "Markdown, markdown", "md, markdown", "HTML, html"})
    void formats(String typed, String expected) {
        assertThat(new FormatConverter().convert(typed).text()).isEqualTo(Format.parse(expected).orElseThrow());
        assertThat(new FormatConverter().convert(typed).binary()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"docx", "DOCX"})
    void docxIsABinaryFormat(String typed) {
        assertThat(new FormatConverter().convert(typed).binary().name()).isEqualTo("docx");
    }

    @ParameterizedTest
    @CsvSource({"area, transprot", "level, expert", "kind, criterion", "language, se", "format, pdf"})
    void anythingElseIsRejectedWithTheChoices(String what, String typed) {
        assertThatThrownBy(() -> {
            switch (what) {
                case "area" -> new AreaConverter().convert(typed);
                case "level" -> new LevelConverter().convert(typed);
                case "kind" -> new KindConverter().convert(typed);
                case "language" -> new LanguageConverter().convert(typed);
                default -> new FormatConverter().convert(typed);
            }
        }).isInstanceOf(TypeConversionException.class).hasMessageStartingWith("'" + typed + "' is not ")
                .hasMessageContaining("expected one of");
    }
}
