package no.kriteriebank.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.kriteriebank.internal.ParameterValues;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.Parameter;

/**
 * Formats numbers, percentages, dates and parameter values for one language, with fixed rules rather than the JDK's
 * locale data, so output is the same on every machine and Java version: nb and nn write {@code 30 %} with a no-break
 * space, a decimal comma and no-break-space grouping; en writes {@code 30%}, a decimal point and comma grouping.
 */
final class ValueFormatter {
    static final char NBSP = '\u00A0';

    private static final String[] MONTHS_NB = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "desember"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final Language language;

    ValueFormatter(Language language) {
        this.language = language;
    }

    /** A number with at most two decimals, trailing zeros dropped. */
    String number(BigDecimal value) {
        if (!no.kriteriebank.internal.NumberLimits.within(value)) {
            // only numbers built in code get here: every file is checked when read
            throw new RenderException("the number " + (value.precision() < 40 ? value.toString() : "given")
                    + " is outside the limits: " + no.kriteriebank.internal.NumberLimits.expectation());
        }
        BigDecimal v = value.setScale(Math.min(Math.max(value.scale(), 0), 2), RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        if (v.signum() < 0) {
            out.append(language == Language.EN ? "-" : "\u2212");
        }
        out.append(group(whole));
        if (!fraction.isEmpty()) {
            out.append(language == Language.EN ? '.' : ',').append(fraction);
        }
        return out.toString();
    }

    private String group(String digits) {
        // Norwegian convention leaves four-digit numbers ungrouped; English groups from 1,000.
        if (digits.length() <= 3 || language != Language.EN && digits.length() <= 4) {
            return digits;
        }
        char separator = language == Language.EN ? ',' : NBSP;
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        if (lead > 0) {
            out.append(digits, 0, lead);
        }
        for (int i = lead; i < digits.length(); i += 3) {
            if (out.length() > 0) {
                out.append(separator);
            }
            out.append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** A percentage: {@code 30 %} (nb, nn) or {@code 30%} (en). */
    String percent(BigDecimal value) {
        return number(value) + (language == Language.EN ? "%" : NBSP + "%");
    }

    /** A date in long form: {@code 1. februar 2027} (nb, nn) or {@code 1 February 2027} (en). */
    String date(LocalDate date) {
        int m = date.getMonthValue() - 1;
        return language == Language.EN ? date.getDayOfMonth() + " " + MONTHS_EN[m] + " " + date.getYear()
                : date.getDayOfMonth() + ". " + MONTHS_NB[m] + " " + date.getYear();
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
