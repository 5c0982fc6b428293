package no.kriteriebank.cli;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.Law;
import no.kriteriebank.tender.TenderLoader;
import no.kriteriebank.templates.StandardBank;

/**
 * Work a command will need, done on a second thread while the main thread starts picocli: picocli's first parse takes
 * about a tenth of a second of a cold run, and meanwhile the second core prepares the tender reader (Jackson's
 * deserializers, the validation rules), loads the standard bank and reads the law. Only for the command the arguments
 * plainly name ({@link KriteriebankCommand#named}), and only what it uses. The command line's process starts it (and
 * the launcher's training run, so the class archive holds what it loads); in-process runs do not. The bank is handed
 * over through {@link #standardBank()}; a failure to load it is thrown there, as if it had been loaded on the spot. A
 * failure while preparing anything else is left for the command to meet again and report.
 */
final class Warmup {
    /** Commands that read a tender and render or check it against the bank and the law. */
    private static final List<Class<?>> TENDER_COMMANDS = List.of(RenderCommand.class, CheckCommand.class,
            ExportCommand.class);
    /** Commands that use the standard bank but read no tender. */
    private static final List<Class<?>> BANK_COMMANDS = List.of(ListCommand.class, ShowCommand.class,
            SearchCommand.class, ClausesCommand.class);

    private final CompletableFuture<CriteriaBank> standardBank;

    Warmup(CompletableFuture<CriteriaBank> standardBank) {
        this.standardBank = standardBank;
    }

    /**
     * Starts, on a second thread, what the command the arguments name will need, if anything; the thread works out
     * which command that is itself, so that the main thread goes straight on to picocli.
     *
     * @param args the command line's arguments
     * @return the warm-up
     */
    static Warmup start(String... args) {
        CompletableFuture<CriteriaBank> bank = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Class<?> command = KriteriebankCommand.named(args);
            boolean tender = readsTenders(command);
            boolean standard = usesStandardBank(command);
            if (tender) {
                prepareTenders();
            }
            try {
                bank.complete(standard ? StandardBank.load() : null);
            } catch (RuntimeException | Error e) {
                bank.completeExceptionally(e);
            }
            if (tender) {
                prepareLaw();
            }
        }, "kriteriebank-warmup");
        thread.setDaemon(true);
        thread.start();
        return new Warmup(bank);
    }

    /** {@return whether the command reads a tender and renders or checks it} */
    static boolean readsTenders(Class<?> command) {
        return command != null && TENDER_COMMANDS.contains(command);
    }

    /** {@return whether the command uses the standard bank} */
    static boolean usesStandardBank(Class<?> command) {
        return readsTenders(command) || command != null && BANK_COMMANDS.contains(command);
    }

    private static void prepareTenders() {
        try {
            TenderLoader.prepare();
        } catch (RuntimeException e) {
            // the command reads its tender itself and reports what goes wrong there
        }
    }

    private static void prepareLaw() {
        try {
            Law.standard();
        } catch (RuntimeException e) {
            // the command reads the law itself and reports what goes wrong there
        }
    }

    /**
     * The standard bank, waiting for it if it is still loading; loaded here when the warm-up did not load it.
     *
     * @throws RuntimeException what loading it threw
     */
    CriteriaBank standardBank() {
        try {
            CriteriaBank bank = standardBank.join();
            return bank != null ? bank : StandardBank.load();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
