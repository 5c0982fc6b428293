package no.kriteriebank.problem;

import java.util.List;

/**
 * Thrown when an input (a bank, tender or report file, or criteria built in code) cannot be read or is invalid. The
 * message lists every problem, one per line, as {@code file:line:column: path: message}; {@link #problems()} gives
 * them as data. Bank loading throws the subclass {@code no.kriteriebank.bank.BankLoadException}.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * An exception for the given problems, which must not be empty.
     *
     * @param problems every problem found, in the order to report them
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidInputException(List<Problem> problems) {
        super(message(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    /** {@return the problems, in the order to report them} */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        out.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        for (Problem problem : problems) {
            out.append('\n').append(problem);
        }
        return out.toString();
    }
}
