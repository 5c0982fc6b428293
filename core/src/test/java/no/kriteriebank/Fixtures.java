package no.kriteriebank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.kriteriebank.bank.BankInfo;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.AwardDetails;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.DocumentationDue;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.DocumentationType;
import no.kriteriebank.model.EnvironmentalImpact;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.model.Reference;
import no.kriteriebank.model.ScoringMethod;

/** Valid model objects for tests to start from and break one thing at a time. */
public final class Fixtures {
    private Fixtures() {
    }

    public static BankInfo info() {
        return new BankInfo("test", "2026.1", LocalDate.of(2026, 12, 1), "Test",
                LocalizedText.of("Testbank", "Testbank", "Test bank"));
    }

    public static Parameter share() {
        return new Parameter("share", ParameterType.PERCENT,
                LocalizedText.of("Andel", "Del", "Share"), null, BigDecimal.TEN, BigDecimal.valueOf(100), "50",
                List.of());
    }

    public static DocumentationRequirement vehicleList() {
        return new DocumentationRequirement(DocumentationType.VEHICLE_LIST, DocumentationDue.BEFORE_SIGNING,
                LocalizedText.of("Kjøretøyliste.", "Køyretøyliste.", "Vehicle list."), false);
    }

    /** A valid transport specification with one percent parameter. */
    public static Criterion.Builder specification() {
        return Criterion.builder("TRA-01")
                .area(Area.TRANSPORT)
                .kind(CriterionKind.SPECIFICATION)
                .level(AmbitionLevel.ADVANCED)
                .title(LocalizedText.of("Nullutslipp", "Nullutslepp", "Zero emission"))
                .text(LocalizedText.of("Minst ${share} av kjøretøyene skal være nullutslippskjøretøy.",
                        "Minst ${share} av køyretøya skal vere nullutsleppskøyretøy.",
                        "At least ${share} of the vehicles shall be zero-emission vehicles."))
                .guidance(LocalizedText.of("Bruk i tjenestekontrakter.", "Bruk i tenestekontraktar.",
                        "Use in service contracts."))
                .parameter(share())
                .documentation(vehicleList())
                .environmentalImpact(EnvironmentalImpact.CLIMATE_MITIGATION)
                .scope3Category(1)
                .cpv("60")
                .reference(new Reference("FOA § 7-9", "https://lovdata.no/forskrift/2016-08-12-974/§7-9"))
                .since("2026.1");
    }

    /** A valid award criterion. */
    public static Criterion.Builder award() {
        return Criterion.builder("TRA-02")
                .area(Area.TRANSPORT)
                .kind(CriterionKind.AWARD)
                .level(AmbitionLevel.BASIC)
                .title(LocalizedText.of("Utslipp", "Utslepp", "Emissions"))
                .text(LocalizedText.of("Lavest utslipp gir høyest score.", "Lågast utslepp gir høgast poeng.",
                        "The lowest emissions score highest."))
                .documentation(vehicleList())
                .award(new AwardDetails(ScoringMethod.LINEAR,
                        LocalizedText.of("Beste får 10 poeng.", "Beste får 10 poeng.", "The best gets 10 points."),
                        BigDecimal.TEN, BigDecimal.valueOf(30)))
                .since("2026.1");
    }
}
