package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.kriteriebank.Fixtures;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.AwardDetails;
import no.kriteriebank.model.Choice;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.CriterionStatus;
import no.kriteriebank.model.DocumentationDue;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.DocumentationType;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.model.Reference;
import no.kriteriebank.model.ScoringMethod;
import no.kriteriebank.problem.Problem;
import org.junit.jupiter.api.Test;

/** Every model constraint and cross-field rule, each with a valid and an invalid case. */
class CriterionChecksTest {

    private static List<String> problems(Criterion c) {
        return CriteriaBank.check(c).stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void fixturesAreValid() {
        assertThat(problems(Fixtures.specification().build())).isEmpty();
        assertThat(problems(Fixtures.award().build())).isEmpty();
    }

    @Test
    void idMustHaveThePrefixFormAndMatchTheArea() {
        assertThat(problems(Fixtures.specification().id("gki:TRA-07").build())).isEmpty();
        assertThat(problems(Fixtures.specification().id("tra-1").build()))
                .containsExactly("id: must be an id such as TRA-03 or gki:TRA-03");
        assertThat(problems(Fixtures.specification().id("BYG-01").build()))
                .containsExactly("id: prefix BYG does not match area TRANSPORT, whose criteria start with TRA");
    }

    @Test
    void revisionStartsAtOne() {
        assertThat(problems(Fixtures.specification().revision(3).build())).isEmpty();
        assertThat(problems(Fixtures.specification().revision(0).build()))
                .containsExactly("revision: must be at least 1");
    }

    @Test
    void areaKindLevelTitleAndTextAreRequired() {
        assertThat(problems(Fixtures.specification().area(null).build())).containsExactly("area: must not be null");
        assertThat(problems(Fixtures.specification().kind(null).build())).containsExactly("kind: must not be null");
        assertThat(problems(Fixtures.specification().level(null).build())).containsExactly("level: must not be null");
        assertThat(problems(Fixtures.specification().title(null).build())).containsExactly("title: must not be null");
        assertThat(problems(Fixtures.specification().text(null).build())).containsExactly("text: must not be null");
    }

    @Test
    void bokmalIsRequiredOtherLanguagesAreNot() {
        assertThat(problems(Fixtures.specification().title(LocalizedText.of("Tittel")).build())).isEmpty();
        assertThat(problems(Fixtures.specification().title(new LocalizedText(" ", "Tittel", "Title")).build()))
                .containsExactly("title.nb: must not be blank");
    }

    @Test
    void placeholdersMustBeDeclaredAndParametersUsed() {
        Criterion undeclared = Fixtures.specification()
                .text(LocalizedText.of("Minst ${share} og ${years}.", "Minst ${share}.", "At least ${share}."))
                .build();
        assertThat(problems(undeclared)).containsExactly("text.nb: uses ${years}, which is not declared in parameters");
        Criterion unused = Fixtures.specification()
                .text(LocalizedText.of("Minst ${share}.", "Minst halvparten.", "At least ${share}."))
                .build();
        assertThat(problems(unused)).containsExactly("parameters[0].name: 'share' is declared but not used in text.nn");
    }

    @Test
    void textsMustParseAndMayNotUseDangerousBuiltIns() {
        Criterion broken = Fixtures.specification()
                .text(LocalizedText.of("Minst ${share av.", "Minst ${share}.", "At least ${share}.")).build();
        assertThat(problems(broken)).singleElement().asString().startsWith("text.nb: cannot be parsed: line 1");
        Criterion evil = Fixtures.specification()
                .text(LocalizedText.of("${share} ${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
                        "Minst ${share}.", "At least ${share}."))
                .build();
        assertThat(problems(evil)).contains(
                "text.nb: cannot be parsed: line 1, column 12: ?new is not allowed in Kriteriebank templates");
    }

    @Test
    void awardDetailsGoWithAwardCriteriaOnly() {
        assertThat(problems(Fixtures.award().award(null).build()))
                .containsExactly("award: an AWARD criterion must say how it is scored and weighted");
        AwardDetails details = Fixtures.award().build().award();
        assertThat(problems(Fixtures.specification().award(details).build()))
                .containsExactly("award: only AWARD criteria have award details, not SPECIFICATION");
    }

    @Test
    void weightRangeMustBeInOrderAndWithinZeroToHundred() {
        AwardDetails reversed = new AwardDetails(ScoringMethod.LINEAR, LocalizedText.of("x"),
                BigDecimal.valueOf(40), BigDecimal.valueOf(20));
        assertThat(problems(Fixtures.award().award(reversed).build()))
                .containsExactly("award.maxWeight: must not be below minWeight (40 > 20)");
        AwardDetails tooHigh = new AwardDetails(ScoringMethod.LINEAR, LocalizedText.of("x"),
                BigDecimal.valueOf(20), BigDecimal.valueOf(120));
        assertThat(problems(Fixtures.award().award(tooHigh).build()))
                .containsExactly("award.maxWeight: must be at most 100");
    }

    @Test
    void parameterNameTypeAndLabel() {
        Parameter badName = new Parameter("Share", ParameterType.PERCENT, LocalizedText.of("Andel"), null, null, null,
                "50", null);
        Criterion c = Fixtures.specification().build().toBuilder().build();
        Criterion withBadName = new Criterion(c.id(), 1, c.area(), c.kind(), c.level(), c.title(),
                LocalizedText.of("${Share}", "${Share}", "${Share}"), null, List.of(badName), c.documentation(), null,
                List.of(), null, List.of(), List.of(), null, null, null);
        assertThat(problems(withBadName))
                .containsExactly("parameters[0].name: must be an identifier such as zeroEmissionShare");
    }

    @Test
    void defaultsMustSatisfyTypeAndBounds() {
        assertThat(problems(withParameter(new Parameter("share", ParameterType.PERCENT, LocalizedText.of("Andel"),
                null, BigDecimal.TEN, BigDecimal.valueOf(100), "5", null))))
                .containsExactly("parameters[0].default: must be at least 10, not 5");
        assertThat(problems(withParameter(new Parameter("share", ParameterType.INTEGER, LocalizedText.of("År"),
                null, null, null, "2.5", null))))
                .containsExactly("parameters[0].default: must be a whole number, not 2.5");
        assertThat(problems(withParameter(new Parameter("share", ParameterType.PERCENT, LocalizedText.of("Andel"),
                null, null, null, "150", null))))
                .containsExactly("parameters[0].default: must be a percentage from 0 to 100, not 150");
        assertThat(problems(withParameter(new Parameter("share", ParameterType.YEAR, LocalizedText.of("År"),
                null, null, null, "tjue", null))))
                .containsExactly("parameters[0].default: must be a number, not 'tjue'");
        assertThat(problems(withParameter(new Parameter("share", ParameterType.DATE, LocalizedText.of("Dato"),
                null, null, null, "2027-02-30", null))))
                .containsExactly("parameters[0].default: must be a date such as 2027-01-01, not '2027-02-30'");
    }

    @Test
    void boundsMustBeInOrder() {
        assertThat(problems(withParameter(new Parameter("share", ParameterType.DECIMAL, LocalizedText.of("Grense"),
                null, BigDecimal.valueOf(9), BigDecimal.valueOf(3), null, null))))
                .containsExactly("parameters[0].max: must not be below min (9 > 3)");
    }

    @Test
    void choicesBelongToChoiceParameters() {
        Choice b = new Choice("b", LocalizedText.of("klasse B"));
        Choice a = new Choice("a", LocalizedText.of("klasse A"));
        assertThat(problems(withParameter(new Parameter("share", ParameterType.CHOICE, LocalizedText.of("Klasse"),
                null, null, null, "a", List.of(b, a))))).isEmpty();
        assertThat(problems(withParameter(new Parameter("share", ParameterType.CHOICE, LocalizedText.of("Klasse"),
                null, null, null, "c", List.of(b, a)))))
                .containsExactly("parameters[0].default: must be one of [b, a], not 'c'");
        assertThat(problems(withParameter(new Parameter("share", ParameterType.CHOICE, LocalizedText.of("Klasse"),
                null, null, null, null, List.of()))))
                .containsExactly("parameters[0].choices: a CHOICE parameter must list its choices");
        assertThat(problems(withParameter(new Parameter("share", ParameterType.TEXT, LocalizedText.of("Tekst"),
                null, null, null, null, List.of(a)))))
                .containsExactly("parameters[0].choices: only CHOICE parameters have choices");
    }

    @Test
    void labelsAndCertificatesMustAcceptEquivalents() {
        DocumentationRequirement strict = new DocumentationRequirement(DocumentationType.ECOLABEL,
                DocumentationDue.WITH_TENDER, LocalizedText.of("Lisens for Svanemerket."), false);
        assertThat(problems(Fixtures.specification().documentation(strict).build()))
                .containsExactly("documentation[1].equivalentAccepted: a ECOLABEL must accept equivalents"
                        + " (\"eller tilsvarende\")");
        DocumentationRequirement fair = new DocumentationRequirement(DocumentationType.ECOLABEL,
                DocumentationDue.WITH_TENDER, LocalizedText.of("Lisens for Svanemerket."), true);
        assertThat(problems(Fixtures.specification().documentation(fair).build())).isEmpty();
    }

    @Test
    void documentationNeedsTypeDueAndDescription() {
        DocumentationRequirement empty = new DocumentationRequirement(null, null, null, false);
        assertThat(problems(Fixtures.specification().documentation(empty).build())).containsExactly(
                "documentation[1].description: must not be null",
                "documentation[1].due: must not be null",
                "documentation[1].type: must not be null");
    }

    @Test
    void scope3CategoryIsOneToFifteen() {
        assertThat(problems(Fixtures.specification().scope3Category(15).build())).isEmpty();
        assertThat(problems(Fixtures.specification().scope3Category(16).build()))
                .containsExactly("scope3Category: must be less than or equal to 15");
    }

    @Test
    void cpvPrefixesAreDigits() {
        assertThat(problems(Fixtures.specification().cpv("60130000").build())).isEmpty();
        assertThat(problems(Fixtures.specification().cpv("60.13").build()))
                .containsExactly("cpv[1]: must be a CPV prefix of 2 to 8 digits");
    }

    @Test
    void referencesNeedTitleAndHttpUrl() {
        assertThat(problems(Fixtures.specification().reference(new Reference("NS 3720", "ftp://x")).build()))
                .containsExactly("references[1].url: must be an http(s) URL");
        assertThat(problems(Fixtures.specification().reference(new Reference(" ", "https://standard.no/")).build()))
                .containsExactly("references[1].title: must not be blank");
    }

    @Test
    void deprecatedCriteriaNameTheirSuccessor() {
        assertThat(problems(Fixtures.specification().status(CriterionStatus.DEPRECATED).build()))
                .containsExactly("supersededBy: a DEPRECATED criterion must name its successor");
        assertThat(problems(Fixtures.specification().status(CriterionStatus.DEPRECATED).supersededBy("TRA-09")
                .build())).isEmpty();
    }

    @Test
    void sinceIsABankVersion() {
        assertThat(problems(Fixtures.specification().since("v1").build()))
                .containsExactly("since: must be a bank version such as 2026.1");
    }

    @Test
    void idsAreUniqueInABank() {
        Criterion one = Fixtures.specification().build();
        BankLoadException e = org.junit.jupiter.api.Assertions.assertThrows(BankLoadException.class,
                () -> CriteriaBank.of(Fixtures.info(), List.of(one, one)));
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("criteria[1].id: duplicate id TRA-01, first defined at criteria[0]");
    }

    @Test
    void aValidBankIsQueryable() {
        CriteriaBank bank = CriteriaBank.of(Fixtures.info(),
                List.of(Fixtures.specification().build(), Fixtures.award().build()));
        assertThat(bank.query().area(Area.TRANSPORT).kind(CriterionKind.AWARD).list())
                .extracting(Criterion::id).containsExactly("TRA-02");
        assertThat(bank.query().cpv("60130000").list()).extracting(Criterion::id).containsExactly("TRA-01", "TRA-02");
        assertThat(bank.query().cpv("45000000").list()).extracting(Criterion::id).containsExactly("TRA-02");
        assertThat(bank.query().text("ZERO emission").list()).extracting(Criterion::id).containsExactly("TRA-01");
        assertThat(bank.find("TRA-01@1")).isPresent();
        assertThat(bank.find("TRA-01@2")).isEmpty();
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(UnknownCriterionException.class,
                () -> bank.get("TRA-10")).getMessage()).isEqualTo("unknown criterion 'TRA-10' (did you mean TRA-01?)");
    }

    private static Criterion withParameter(Parameter p) {
        Criterion c = Fixtures.specification().build();
        return new Criterion(c.id(), c.revision(), c.area(), c.kind(), c.level(), c.title(),
                LocalizedText.of("Verdi ${share}.", "Verdi ${share}.", "Value ${share}."), c.guidance(), List.of(p),
                c.documentation(), null, c.environmentalImpacts(), c.scope3Category(), c.cpv(), c.references(),
                c.status(), null, c.since());
    }
}
