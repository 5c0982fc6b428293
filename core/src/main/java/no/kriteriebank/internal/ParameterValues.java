package no.kriteriebank.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.kriteriebank.model.Parameter;

/** Checks a parameter value against its parameter's type and bounds. Internal. */
public final class ParameterValues {
    private ParameterValues() {
    }

    /**
     * Why the value is not acceptable, as a short English phrase; empty when it is.
     *
     * @param parameter the parameter the value is for
     * @param value the value as written in a tender
     * @return the problem, or empty when the value is acceptable
     */
    public static Optional<String> problem(Parameter parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("must not be empty");
        }
        switch (parameter.type()) {
            case TEXT:
                return Optional.empty();
            case CHOICE:
                return parameter.choice(value).isPresent() ? Optional.empty()
                        : Optional.of("must be one of " + parameter.choices().stream().map(c -> c.value()).toList()
                                + ", not '" + value + "'");
            case DATE:
                try {
                    LocalDate.parse(value);
                    return Optional.empty();
                } catch (DateTimeParseException e) {
                    return Optional.of("must be a date such as 2027-01-01, not '" + value + "'");
                }
            default:
                BigDecimal number = number(value).orElse(null);
                if (number == null) {
                    return Optional.of("must be " + (looksNumeric(value) ? NumberLimits.expectation() : "a number")
                            + ", not '" + value + "'");
                }
                switch (parameter.type()) {
                    case INTEGER:
                    case YEAR:
                        if (number.stripTrailingZeros().scale() > 0) {
                            return Optional.of("must be a whole number, not " + value);
                        }
                        break;
                    case PERCENT:
                        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
                            return Optional.of("must be a percentage from 0 to 100, not " + value);
                        }
                        break;
                    default:
                        break;
                }
                if (parameter.min() != null && number.compareTo(parameter.min()) < 0) {
                    return Optional.of("must be at least " + parameter.min().toPlainString() + ", not " + value);
                }
                if (parameter.max() != null && number.compareTo(parameter.max()) > 0) {
                    return Optional.of("must be at most " + parameter.max().toPlainString() + ", not " + value);
                }
                return Optional.empty();
        }
    }

    /**
     * Parses a number written with a dot or a comma as the decimal mark, within {@link NumberLimits}.
     *
     * @param value the text to parse
     * @return the number, or empty when the text is not a number or lies outside the limits
     */
    public static Optional<BigDecimal> number(String value) {
        return NumberLimits.parse(value);
    }

    private static boolean looksNumeric(String value) {
        return value.trim().matches("[-+]?[0-9.,]*[0-9][0-9.,]*([eE][-+]?[0-9]+)?");
    }
}
