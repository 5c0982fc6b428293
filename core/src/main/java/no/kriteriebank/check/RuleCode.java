package no.kriteriebank.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The code of a finding from a network's own {@link Rule}, e.g. {@code GKI-BUYER}. It may not be blank nor spell one
 * of the library's {@link FindingCode}s, so a program matching on a library code never meets a network's finding.
 *
 * @param code the code as findings print it
 */
public record RuleCode(@JsonValue String code) implements Code {
    /**
     * Checks the code.
     *
     * @param code the code as findings print it
     * @throws NullPointerException when the code is null
     * @throws IllegalArgumentException when it is blank or one of the library's codes
     */
    public RuleCode {
        if (Objects.requireNonNull(code, "code").isBlank()) {
            throw new IllegalArgumentException("a finding's code must not be blank");
        }
        if (FindingCode.of(code).isPresent()) {
            throw new IllegalArgumentException(code + " is one of the library's finding codes; give the codes of a "
                    + "rule of your own a prefix of your own, e.g. GKI-");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
