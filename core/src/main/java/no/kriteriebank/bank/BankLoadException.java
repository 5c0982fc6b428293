package no.kriteriebank.bank;

import java.util.List;
import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.problem.Problem;

/**
 * Thrown when bank files cannot be read or are invalid, or when criteria or an overlay break the bank's rules. The
 * message lists every problem, one per line, as {@code file:line:column: path: message}; {@link #problems()} gives
 * them as data. Tender and report files fail with the superclass {@link InvalidInputException}.
 */
public class BankLoadException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for the given problems, which must not be empty.
     *
     * @param problems every problem found, in the order to report them
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public BankLoadException(List<Problem> problems) {
        super(problems);
    }
}
