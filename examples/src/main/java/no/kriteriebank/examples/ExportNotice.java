package no.kriteriebank.examples;

import java.time.LocalDate;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.export.EformsExporter;
import no.kriteriebank.export.EformsProfile;
import no.kriteriebank.export.ExportException;
import no.kriteriebank.export.OcdsExporter;
import no.kriteriebank.model.Language;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Tender;

/**
 * An integrator's job: export a tender's award criteria and climate information for the notice on Doffin (eForms),
 * for TED, and as an OCDS release fragment, and react to a tender that cannot go to a platform.
 */
public final class ExportNotice {
    private ExportNotice() {
    }

    /**
     * Prints the exports of an example tender.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.print(run());
    }

    /**
     * The example tender: school transport, price 70 %, climate 30 % evaluated by TRA-06, with zero-emission
     * requirements in the specification.
     *
     * @param language the language of the tender documents
     * @return the tender
     */
    public static Tender tender(Language language) {
        boolean english = language == Language.EN;
        return Tender.builder(english ? "School transport 2027–2031" : "Skoleskyss 2027–2031", "Vinje kommune",
                        language)
                .announcementDate(LocalDate.of(2026, 9, 1))
                .cpv("60130000")
                .criterion("TRA-01")
                .criterion("TRA-06")
                .criterion("TRA-08")
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(AwardModel.weighted(
                        AwardComponent.weighted(english ? "Price" : "Pris", AwardCategory.PRICE, "70"),
                        AwardComponent.weighted(english ? "Climate and environment" : "Klima og miljø",
                                AwardCategory.ENVIRONMENT, "30", "TRA-06")))
                .build();
    }

    /**
     * Exports the tender in bokmål for Doffin and OCDS, tries TED with it (which needs the award criteria's names in
     * English, and the bokmål tender gives none), and exports the English version for TED.
     *
     * @return the exports, each under a heading line
     */
    public static String run() {
        CriteriaBank bank = StandardBank.load();
        EformsExporter doffin = EformsExporter.builder(bank).profile(EformsProfile.DOFFIN).build();
        EformsExporter ted = EformsExporter.builder(bank).profile(EformsProfile.TED).build();
        OcdsExporter ocds = OcdsExporter.builder(bank).build();
        Tender bokmal = tender(Language.NB);
        StringBuilder out = new StringBuilder();
        out.append("== eForms lot for Doffin\n").append(doffin.lot(bokmal));
        out.append("== OCDS release fragment\n").append(ocds.release(bokmal));
        try {
            ted.lot(bokmal);
        } catch (ExportException e) {
            // A system shows the reason and, by its code and field, offers the fix: here, English names
            // (nameEn on the award components) or the English version of the tender.
            out.append("== TED refused the bokmål tender: ").append(e.code().code()).append('\n');
        }
        out.append("== eForms lot for TED\n").append(ted.lot(tender(Language.EN)));
        return out.toString();
    }
}
