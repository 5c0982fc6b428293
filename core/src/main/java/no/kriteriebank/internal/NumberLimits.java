package no.kriteriebank.internal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The numbers Kriteriebank accepts anywhere in a bank or tender file: at most {@value #INTEGER_DIGITS} digits before
 * the decimal point and {@value #DECIMALS} after it. Larger or finer numbers are refused when a file is read, so that
 * nothing later (checking, rendering, exporting, reports) meets a number that costs minutes to print. Internal.
 */
public final class NumberLimits {
    /** The most digits before the decimal point: enough for any contract value in kroner. */
    public static final int INTEGER_DIGITS = 15;
    /** The most digits after the decimal point. */
    public static final int DECIMALS = 6;
    /** Longer texts are not read as numbers at all: no valid number needs more characters. */
    private static final int MAX_TEXT = 40;

    private NumberLimits() {
    }

    /** {@return what a valid number looks like, for messages} */
    public static String expectation() {
        return "a number with at most " + INTEGER_DIGITS + " digits before the decimal point and " + DECIMALS
                + " after it";
    }

    /**
     * Whether a number lies within the limits; cheap whatever its size.
     *
     * @param value the number
     * @return whether it has at most {@value #INTEGER_DIGITS} integer digits and {@value #DECIMALS} decimals
     */
    public static boolean within(BigDecimal value) {
        if (value == null) {
            return false;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > INTEGER_DIGITS) {
            return false;
        }
        int scale = value.scale();
        if (scale > DECIMALS) {
            if (scale > MAX_TEXT) {
                return value.signum() == 0;
            }
            return value.stripTrailingZeros().scale() <= DECIMALS;
        }
        return true;
    }

    /**
     * Parses a number written with a dot or a comma as the decimal mark, within the limits.
     *
     * @param text the text
     * @return the number, or empty when the text is not a number or lies outside the limits
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replace(',', '.');
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(t);
            return within(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
