package no.kriteriebank.check;

import java.util.Optional;
import no.kriteriebank.tender.Weighting;

/**
 * What the number given for an award criterion means, as the eForms {@code number-weight} codelist codes it
 * (BT-5421): an exact percentage ({@code per-exa}), an order of importance ({@code ord-imp}), and so on.
 */
public enum NumberWeight {
    /** A weight in percent, exact. */
    PER_EXA("per-exa"),
    /** A weight in percent, the middle of a range. */
    PER_MID("per-mid"),
    /** A decimal weight, exact. */
    DEC_EXA("dec-exa"),
    /** A decimal weight, the middle of a range. */
    DEC_MID("dec-mid"),
    /** A weight in points, exact. */
    POI_EXA("poi-exa"),
    /** A weight in points, the middle of a range. */
    POI_MID("poi-mid"),
    /** A place in the order of importance. */
    ORD_IMP("ord-imp");

    /** The eForms {@code listName} of these codes. */
    public static final String LIST_NAME = "number-weight";

    private final String code;

    NumberWeight(String code) {
        this.code = code;
    }

    /** {@return the eForms code, e.g. {@code per-exa}} */
    public String code() {
        return code;
    }

    /**
     * The code for a tender's award model: exact percentages for {@link Weighting#WEIGHTS}, order of importance for
     * {@link Weighting#PRIORITY}.
     *
     * @param weighting how the tender's award model weighs its criteria
     * @return the code that tells what the tender's weight numbers mean
     */
    public static NumberWeight of(Weighting weighting) {
        return weighting == Weighting.PRIORITY ? ORD_IMP : PER_EXA;
    }

    /**
     * The constant for an eForms code such as {@code per-exa}.
     *
     * @param code the code as it appears in an eForms notice
     * @return the matching constant, or empty when the code is not in the list
     */
    public static Optional<NumberWeight> fromCode(String code) {
        for (NumberWeight w : values()) {
            if (w.code.equals(code)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
