package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.EnvironmentOption;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The law is one body of data: every option's code, dates and names come from {@code law.yaml}, agree with DFØ's
 * code list, and no Java source holds an option code's validity date.
 */
class LawTest {
    private static final Law LAW = Law.standard();

    @Test
    void everyOptionHasItsCodeDatesAndNamesInThreeLanguages() {
        assertThat(LAW.options()).extracting(LawOption::option).containsExactly(EnvironmentOption.values());
        for (LawOption o : LAW.options()) {
            assertThat(o.eformsCode()).startsWith("quality-nor-env-");
            assertThat(o.label().languages()).hasSize(3);
            assertThat(o.noticeName().languages()).hasSize(3);
            assertThat(LAW.optionByCode(o.eformsCode())).contains(o);
            // One Norwegian word, "uvesentlig", has one English word, "insignificant".
            assertThat(o.label().en() + o.noticeName().en()).doesNotContain("negligible");
            assertThat(o.label().nb() + o.noticeName().nb()).doesNotContain("ubetydelig");
        }
        LawOption none = LAW.option(EnvironmentOption.NEGLIGIBLE_FOOTPRINT);
        assertThat(none.validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(none.replacedBy()).isEqualTo(EnvironmentOption.EXEMPT_INSIGNIFICANT);
        assertThat(none.validOn(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(none.validOn(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(LAW.option(EnvironmentOption.EXEMPT_CRITICAL_INTEREST).label().get(Language.EN).orElseThrow())
                .contains("would come at the expense of");
        assertThat(LAW.optionByCode("quality")).isEmpty();
    }

    /** The codes and their first and last days as DFØ's code list (version 2.0.0, CC BY 4.0) gives them. */
    @Test
    void theCodesAndDatesAgreeWithDfosCodeList() throws IOException {
        JsonNode list = YAMLMapper.builder().build().readTree(Files.readString(
                Path.of("src/test/resources/eforms/nor/award-criterion-type.no.yaml")));
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode code : list.get("codes")) {
            String name = code.get("code").asString();
            seen.add(name);
            // A code runs from its first version's start to the last version's end (open when any is open).
            List<JsonNode> versions = new ArrayList<>();
            versions.add(code);
            code.get("future").forEach(versions::add);
            LocalDate from = versions.stream().map(v -> date(v, "valid_from_date")).min(LocalDate::compareTo)
                    .orElseThrow();
            boolean open = versions.stream().anyMatch(v -> date(v, "valid_to_date") == null);
            LawOption option = LAW.optionByCode(name).orElseThrow(() -> new AssertionError("no option for " + name));
            assertThat(option.validFrom()).as(name).isEqualTo(from);
            if (open) {
                assertThat(option.validTo()).as(name).isNull();
            } else {
                LocalDate to = versions.stream().map(v -> date(v, "valid_to_date")).max(LocalDate::compareTo)
                        .orElseThrow();
                assertThat(option.validTo()).as(name).isEqualTo(to);
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(LAW.options().stream().map(LawOption::eformsCode)
                .toList());
    }

    /** A date field of the code list; YAML's {@code ~} is no date. */
    private static LocalDate date(JsonNode version, String field) {
        JsonNode value = version.get(field);
        return value == null || value.isNull() || "~".equals(value.asString()) ? null
                : LocalDate.parse(value.asString());
    }

    @Test
    void noJavaSourceHoldsAnOptionCodesValidityDate() throws IOException {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (LawOption o : LAW.options()) {
            dates.add(o.validFrom());
            if (o.validTo() != null) {
                dates.add(o.validTo());
            }
        }
        assertThat(dates).contains(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2024, 1, 16));
        // The scanner finds a date in each form Java could hold it in, and not in a comment.
        assertThat(holds("x = LocalDate.of(2026, 7, 1);", LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(holds("x = LocalDate.parse(\"2026-07-01\");", LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(holds("x = LocalDate.of(2026, Month.JULY, 1);", LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(holds("// from 2026-07-01\n/* 2026-07-01 */ x = 1;", LocalDate.of(2026, 7, 1))).isFalse();
        List<String> offenders = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).flatMap(root -> {
                try {
                    return Files.walk(root).filter(p -> p.toString().endsWith(".java")).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(sources).anySatisfy(p -> assertThat(p.toString()).endsWith("NorwegianCode.java"));
        for (Path source : sources) {
            String text = Files.readString(source);
            for (LocalDate date : dates) {
                if (holds(text, date)) {
                    offenders.add(source + " holds " + date);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final List<String> MONTHS = List.of("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
            "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER");

    /** Whether code (comments left out) holds a date as an ISO text or as {@code LocalDate.of} arguments. */
    static boolean holds(String source, LocalDate date) {
        String code = COMMENTS.matcher(source).replaceAll(" ");
        String month = "(0?" + date.getMonthValue() + "|Month\\." + MONTHS.get(date.getMonthValue() - 1) + ")";
        Pattern of = Pattern.compile("of\\(\\s*" + date.getYear() + "\\s*,\\s*" + month + "\\s*,\\s*0?"
                + date.getDayOfMonth() + "\\s*\\)");
        return code.contains(date.toString()) || of.matcher(code).find();
    }
}
