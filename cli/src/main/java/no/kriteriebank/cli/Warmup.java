package no.kriteriebank.cli;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.Law;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.tender.TenderLoader;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.templates.StandardLayouts;

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

    /** Commands that render clauses with the buyer guidance, from the standard bank and layouts. */
    private static final List<Class<?>> GUIDANCE_COMMANDS = List.of(ShowCommand.class, ClausesCommand.class);

    private final CompletableFuture<CriteriaBank> standardBank;
    private final CompletableFuture<Prepared> renderer;

    /** A renderer of the standard bank and layouts, without language fallback, and whether it includes guidance. */
    record Prepared(TenderRenderer renderer, boolean guidance) {
    }

    Warmup(CompletableFuture<CriteriaBank> standardBank, CompletableFuture<Prepared> renderer) {
        this.standardBank = standardBank;
        this.renderer = renderer;
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
        CompletableFuture<Prepared> renderer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Class<?> command = KriteriebankCommand.named(args);
                boolean tender = readsTenders(command);
                if (tender) {
                    quietly(TenderLoader::prepare);
                }
                CriteriaBank loaded = null;
                try {
                    loaded = usesStandardBank(command) ? StandardBank.load() : null;
                    bank.complete(loaded);
                } catch (Throwable e) {
                    bank.completeExceptionally(e);
                }
                Prepared prepared = null;
                try {
                    prepared = loaded == null ? null : prepareRenderer(command, loaded);
                } finally {
                    renderer.complete(prepared);
                }
                if (tender) {
                    quietly(Law::standard);
                }
            } finally {
                // whatever happened, nobody waits for ever
                bank.complete(null);
                renderer.complete(null);
            }
        }, "kriteriebank-warmup");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> {
            // the futures are complete; the command meets any failure itself and reports it
        });
        thread.start();
        return new Warmup(bank, renderer);
    }

    /** {@return whether the command reads a tender and renders or checks it} */
    static boolean readsTenders(Class<?> command) {
        return command != null && TENDER_COMMANDS.contains(command);
    }

    /** {@return whether the command uses the standard bank} */
    static boolean usesStandardBank(Class<?> command) {
        return readsTenders(command) || command != null && BANK_COMMANDS.contains(command);
    }

    /** The renderer the command will ask for with the default options, or null when it renders nothing. */
    private static Prepared prepareRenderer(Class<?> command, CriteriaBank bank) {
        boolean guidance = GUIDANCE_COMMANDS.contains(command);
        if (command != RenderCommand.class && !guidance) {
            return null;
        }
        try {
            return new Prepared(StandardLayouts.renderer(bank).includeGuidance(guidance).languageFallback(false)
                    .build(), guidance);
        } catch (Throwable e) {
            return null; // the command builds its renderer itself and reports what goes wrong there
        }
    }

    /**
     * Runs a preparation, leaving whatever goes wrong for the command to meet again and report itself (an error here
     * must not print a stack trace from this thread).
     */
    private static void quietly(Runnable preparation) {
        try {
            preparation.run();
        } catch (Throwable e) {
            // the command does this work itself and reports what goes wrong there
        }
    }

    /**
     * The renderer of the standard bank and layouts without language fallback that the warm-up built, waiting for it
     * if it is still being built.
     *
     * @param guidance whether the renderer is to include the buyer guidance
     * @return the renderer, or null when the warm-up built none with that setting
     */
    TenderRenderer renderer(boolean guidance) {
        Prepared prepared = renderer.join();
        return prepared != null && prepared.guidance() == guidance ? prepared.renderer() : null;
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
