package no.kriteriebank.check;

import no.kriteriebank.model.Language;
import no.kriteriebank.model.ScoringMethod;

/**
 * How one award criterion turns offers into points, as a typed object that can explain itself in the tender's
 * language: {@link LinearScoring} (e.g. relative linear price scoring), {@link PointsScale} (0–10 against described
 * steps) and {@link ThresholdScoring} (met or not). The weight the criterion carries in the award model is a
 * separate matter; {@link NumberWeight} gives its eForms code.
 */
public sealed interface Scoring permits LinearScoring, PointsScale, ThresholdScoring, InverseProportionalScoring {

    /** {@return the bank's name for this way of scoring} */
    ScoringMethod method();

    /**
     * The explanation of how offers get points, for the tender text.
     *
     * @param language the tender's language; numbers are formatted for it, never by the machine's locale
     * @return one or more sentences explaining the scoring
     */
    String explain(Language language);
}
