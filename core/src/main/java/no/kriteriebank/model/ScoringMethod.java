package no.kriteriebank.model;

/**
 * How an award criterion turns offers into points. Each method has a name and a one-sentence explanation in
 * bokmål, nynorsk and English; the layouts explain it in the rendered tender.
 */
public enum ScoringMethod {
    /**
     * Relative linear scoring of a measured value: the best offer gets full points, the others points in proportion
     * to their distance from the best.
     */
    LINEAR(LocalizedText.of("Relativ lineær poengberegning", "Relativ lineær poengutrekning", "Relative linear scoring"),
            LocalizedText.of("Det beste tilbudet får full poengsum; de andre får poeng etter hvor langt de ligger fra det beste.",
                    "Det beste tilbodet får full poengsum; dei andre får poeng etter kor langt dei ligg frå det beste.",
                    "The best offer gets full points; the others get points according to how far they are from the best.")),
    /** An evaluation on a points scale (normally 0–10) against described steps. */
    POINTS_SCALE(LocalizedText.of("Poengskala", "Poengskala", "Points scale"),
            LocalizedText.of("Tilbudene vurderes på en poengskala, vanligvis 0–10, mot beskrevne trinn.",
                    "Tilboda blir vurderte på ein poengskala, vanlegvis 0–10, mot skildra steg.",
                    "Offers are assessed on a points scale, normally 0–10, against described steps.")),
    /** Full points when a threshold is met, none otherwise. */
    THRESHOLD(LocalizedText.of("Terskel (oppfylt eller ikke)", "Terskel (oppfylt eller ikkje)", "Threshold (met or not)"),
            LocalizedText.of("Tilbud som når terskelen, får full poengsum; andre får ingen poeng.",
                    "Tilbod som når terskelen, får full poengsum; andre får ingen poeng.",
                    "Offers that meet the threshold get full points; the others get none.")),
    /**
     * Inverse-proportional scoring of a measured value where the lowest is best: points = full points × lowest
     * value / offered value. It divides by the offered value, so every value must be greater than zero; a measure
     * that can be zero or negative (such as GWP-total of a biogenic product) would invert the ranking.
     */
    INVERSE_PROPORTIONAL(LocalizedText.of("Omvendt proporsjonal poengberegning", "Omvendt proporsjonal poengutrekning",
            "Inverse proportional scoring"),
            LocalizedText.of("Det laveste tilbudet får full poengsum; de andre får full poengsum ganget med laveste verdi "
                            + "delt på egen verdi. Alle verdier må være større enn null.",
                    "Det lågaste tilbodet får full poengsum; dei andre får full poengsum gonga med lågaste verdi "
                            + "delt på eigen verdi. Alle verdiar må vere større enn null.",
                    "The lowest offer gets full points; the others get full points multiplied by the lowest value "
                            + "divided by their own. Every value must be greater than zero.")),
    /**
     * Not points of its own but an amount added to the tendered price, such as a carbon price times the offered
     * emissions. The criterion is evaluated inside the price or cost component and carries no weight of its own;
     * {@link AwardDetails#addition()} names the parameters that estimate the amount's share of the evaluated price.
     */
    PRICE_ADDITION(LocalizedText.of("Tillegg i evaluert pris", "Tillegg i evaluert pris", "Addition to the evaluated price"),
            LocalizedText.of("Et beløp legges til tilbudt pris, og tilbudene sammenlignes på evaluert pris i pris- eller "
                            + "kostnadskriteriet; kriteriet har ingen egen vekt.",
                    "Eit beløp blir lagt til tilboden pris, og tilboda blir samanlikna på evaluert pris i pris- eller "
                            + "kostnadskriteriet; kriteriet har inga eiga vekt.",
                    "An amount is added to the tendered price, and offers are compared on the evaluated price in the "
                            + "price or cost criterion; the criterion has no weight of its own."));

    private final LocalizedText label;
    private final LocalizedText explanation;

    ScoringMethod(LocalizedText label, LocalizedText explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** {@return the method's name in each language, for labels in tenders and listings} */
    public LocalizedText label() {
        return label;
    }

    /** {@return one sentence saying how the method scores, in each language, for buyers and tender texts} */
    public LocalizedText explanation() {
        return explanation;
    }
}
