package no.kriteriebank.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.kriteriebank.internal.LocalFormat;
import no.kriteriebank.internal.ParameterValues;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.Parameter;

/**
 * Formats numbers, percentages, dates and parameter values for one language in documents, by the rules of
 * {@link LocalFormat} (nb and nn write {@code 30 %} with a no-break space, a decimal comma and no-break-space
 * grouping; en writes {@code 30%}, a decimal point and comma grouping), with at most two decimals.
 */
final class ValueFormatter {
    static final char NBSP = LocalFormat.NO_BREAK_SPACE;
    private static final int DECIMALS = 2;

    private final Language language;
    private final LocalFormat format;

    ValueFormatter(Language language) {
        this.language = language;
        this.format = LocalFormat.of(language);
    }

    /** A number with at most two decimals, trailing zeros dropped. */
    String number(BigDecimal value) {
        return format.number(within(value), DECIMALS);
    }

    private static BigDecimal within(BigDecimal value) {
        if (!no.kriteriebank.internal.NumberLimits.within(value)) {
            // only numbers built in code get here: every file is checked when read
            throw new RenderException("the number " + (value.precision() < 40 ? value.toString() : "given")
                    + " is outside the limits: " + no.kriteriebank.internal.NumberLimits.expectation());
        }
        return value;
    }

    /** A percentage: {@code 30 %} (nb, nn) or {@code 30%} (en). */
    String percent(BigDecimal value) {
        return format.percent(within(value), DECIMALS);
    }

    /** A date in long form: {@code 1. februar 2027} (nb, nn) or {@code 1 February 2027} (en). */
    String date(LocalDate date) {
        return format.date(date);
    }

    /** An amount of Norwegian kroner: {@code 12 000 000 kr} (nb, nn) or {@code NOK 12,000,000} (en). */
    String nok(BigDecimal value) {
        return language == Language.EN ? "NOK " + number(value) : number(value) + NBSP + "kr";
    }

    /**
     * A parameter value as it reads in the tender text. Values that do not fit the parameter's type are written as
     * given: checking them is the checker's job, and rendering never loses what the buyer wrote.
     */
    String parameter(Parameter p, String value) {
        String unit = p.unit() == null ? null : p.unit().get(language).or(() -> p.unit().get(Language.NB)).orElse(null);
        switch (p.type()) {
            case TEXT:
                return value;
            case CHOICE:
                return p.choice(value).map(c -> c.label().get(language).orElse(c.label().nb())).orElse(value);
            case DATE:
                try {
                    return date(LocalDate.parse(value));
                } catch (DateTimeParseException e) {
                    return value;
                }
            case YEAR:
                return value.trim();
            default:
                BigDecimal number = ParameterValues.number(value).orElse(null);
                if (number == null) {
                    return value;
                }
                String text = p.type() == no.kriteriebank.model.ParameterType.PERCENT ? percent(number)
                        : number(number);
                return unit == null ? text : text + NBSP + unit;
        }
    }
}
