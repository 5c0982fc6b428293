package no.kriteriebank.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.kriteriebank.model.Language;

/**
 * Numbers, percentages and dates as one language writes them in running text: the one set of rules the renderer,
 * the checker's messages, the exporters' texts and the report page share. Fixed rules rather than the JDK's locale
 * data, so the bytes are the same on every machine and Java version.
 *
 * <p>Bokmål and nynorsk follow Norwegian typography: a decimal comma, digits grouped in threes with a no-break
 * space from five digits on ({@code 4500} but {@code 12 000}), the minus sign U+2212, and a no-break space between
 * a number and {@code %} ({@code 30 %}); dates as {@code 1. juli 2026}. English writes {@code 12,000}, {@code -5},
 * {@code 30%} and {@code 1 July 2026}. Not API: immutable, one instance per language.
 */
public final class LocalFormat {
    /** U+00A0: keeps a number with its unit or percent sign, and the groups of a number, on one line. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    private static final List<String> MONTHS_NO = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "desember");
    private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final Map<Language, LocalFormat> ALL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            ALL.put(l, new LocalFormat(l));
        }
    }

    private final Language language;
    private final boolean english;

    private LocalFormat(Language language) {
        this.language = language;
        this.english = language == Language.EN;
    }

    /**
     * The rules of one language.
     *
     * @param language the language
     * @return its formats
     */
    public static LocalFormat of(Language language) {
        return ALL.get(language);
    }

    /** {@return the language these rules write} */
    public Language language() {
        return language;
    }

    /**
     * A number with all its decimals, trailing zeros dropped: {@code 33,333}, {@code 4 500 000}.
     *
     * @param value the number
     * @return the number as the language writes it
     */
    public String number(BigDecimal value) {
        return write(value.stripTrailingZeros());
    }

    /**
     * A number rounded half-even to at most {@code decimals} decimals, trailing zeros dropped.
     *
     * @param value the number
     * @param decimals the most decimals to keep
     * @return the number as the language writes it
     */
    public String number(BigDecimal value, int decimals) {
        return write(value.setScale(Math.min(Math.max(value.scale(), 0), decimals), RoundingMode.HALF_EVEN)
                .stripTrailingZeros());
    }

    /**
     * A percentage with all its decimals: {@code 29,99 %} (nb, nn) or {@code 29.99%} (en).
     *
     * @param value the percentage, 30 for 30 %
     * @return the percentage as the language writes it
     */
    public String percent(BigDecimal value) {
        return withPercentSign(number(value));
    }

    /**
     * A percentage rounded half-even to at most {@code decimals} decimals.
     *
     * @param value the percentage, 30 for 30 %
     * @param decimals the most decimals to keep
     * @return the percentage as the language writes it
     */
    public String percent(BigDecimal value, int decimals) {
        return withPercentSign(number(value, decimals));
    }

    /**
     * A date in long form: {@code 1. februar 2027} (nb, nn) or {@code 1 February 2027} (en).
     *
     * @param date the date
     * @return the date as the language writes it
     */
    public String date(LocalDate date) {
        int m = date.getMonthValue() - 1;
        return english ? date.getDayOfMonth() + " " + MONTHS_EN.get(m) + " " + date.getYear()
                : date.getDayOfMonth() + ". " + MONTHS_NO.get(m) + " " + date.getYear();
    }

    private String withPercentSign(String number) {
        return english ? number + "%" : number + NO_BREAK_SPACE + "%";
    }

    private String write(BigDecimal stripped) {
        BigDecimal v = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder();
        if (v.signum() < 0) {
            out.append(english ? '-' : '\u2212');
        }
        group(whole, out);
        if (dot >= 0) {
            out.append(english ? '.' : ',').append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }

    private void group(String digits, StringBuilder out) {
        // Norwegian convention leaves four-digit numbers ungrouped; English groups from 1,000.
        if (digits.length() <= 3 || !english && digits.length() <= 4) {
            out.append(digits);
            return;
        }
        char separator = english ? ',' : NO_BREAK_SPACE;
        int lead = digits.length() % 3;
        out.append(digits, 0, lead == 0 ? 3 : lead);
        for (int i = lead == 0 ? 3 : lead; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
    }
}
