package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import no.kriteriebank.bank.BankLoadException;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.problem.Problem;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.templates.StandardLayouts;
import org.junit.jupiter.api.Test;

/**
 * The warm-up the command line's process starts changes nothing a command prints or returns: it only moves work onto
 * a second thread. What it loads is what the command would have loaded, and its failures reach the command.
 */
class WarmupTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "tenders");
    private static final CompletableFuture<Warmup.Prepared> NO_RENDERER = CompletableFuture.completedFuture(null);

    @Test
    void everyWarmedCommandPrintsTheSameWithAndWithoutIt() {
        List<List<String>> commands = new java.util.ArrayList<>();
        for (String tender : List.of("skoleskyss.yaml", "byggeprosjekt.yaml", "it-equipment.yaml")) {
            String file = EXAMPLES.resolve(tender).toString();
            commands.add(List.of("render", file));
            commands.add(List.of("render", file, "--format", "html", "--lang", "en"));
            commands.add(List.of("check", file));
            commands.add(List.of("export", file, "--to", "ocds"));
        }
        commands.add(List.of("list", "--area", "transport"));
        commands.add(List.of("show", "TRA-01"));
        commands.add(List.of("search", "elektrisk"));
        commands.add(List.of("clauses", "--area", "food"));
        commands.add(List.of("render", "no-such-tender.yaml"));
        for (List<String> command : commands) {
            String[] args = command.toArray(String[]::new);
            Cli.Result plain = Cli.run(args);
            Cli.Result warmed = Cli.runWarm(args);
            assertThat(warmed).as(String.join(" ", command)).hasToString(plain.toString());
        }
    }

    @Test
    void onlyCommandsThatUseTheBankAreWarmed() {
        assertThat(Warmup.readsTenders(RenderCommand.class)).isTrue();
        assertThat(Warmup.readsTenders(CheckCommand.class)).isTrue();
        assertThat(Warmup.readsTenders(ListCommand.class)).isFalse();
        assertThat(Warmup.usesStandardBank(ListCommand.class)).isTrue();
        assertThat(Warmup.usesStandardBank(RenderCommand.class)).isTrue();
        assertThat(Warmup.usesStandardBank(ValidateCommand.class)).isFalse();
        assertThat(Warmup.usesStandardBank(RulesCommand.class)).isFalse();
        assertThat(Warmup.usesStandardBank(null)).isFalse();
        assertThat(KriteriebankCommand.named("render", "t.yaml")).isEqualTo(RenderCommand.class);
        assertThat(KriteriebankCommand.named("--bank", "dir", "list")).isEqualTo(ListCommand.class);
        assertThat(KriteriebankCommand.named("--help")).isNull();
    }

    @Test
    void theStandardBankComesFromTheWarmUp() {
        CriteriaBank loaded = StandardBank.load();
        BankSources sources = new BankSources(List.of(), null, new Warmup(CompletableFuture.completedFuture(loaded), NO_RENDERER));
        assertThat(sources.standard()).isSameAs(loaded);
    }

    @Test
    void thePreparedRendererServesOnlyTheDefaultsItWasBuiltFor() {
        CriteriaBank bank = StandardBank.load();
        TenderRenderer prepared = StandardLayouts.renderer(bank).build();
        Warmup warmup = new Warmup(CompletableFuture.completedFuture(bank),
                CompletableFuture.completedFuture(new Warmup.Prepared(prepared, false)));
        assertThat(new BankSources(List.of(), null, warmup).renderer(false, false)).isSameAs(prepared);
        // another guidance setting, language fallback, layout overrides or a network's bank: a renderer of its own
        assertThat(new BankSources(List.of(), null, warmup).renderer(true, false)).isNotSameAs(prepared);
        assertThat(new BankSources(List.of(), null, warmup).renderer(false, true)).isNotSameAs(prepared);
        assertThat(new BankSources(List.of(), EXAMPLES, warmup).renderer(false, false)).isNotSameAs(prepared);
        assertThat(new BankSources(List.of(Path.of("src", "test", "resources", "banks", "gki")), null, warmup)
                .renderer(false, false)).isNotSameAs(prepared);
        // none prepared: built on the spot
        assertThat(new BankSources(List.of(), null, new Warmup(CompletableFuture.completedFuture(bank), NO_RENDERER))
                .renderer(false, false)).isNotNull();
    }

    @Test
    void aFailedLoadIsThrownByTheCommandAsIfItHadLoadedTheBankItself() {
        BankLoadException failure = new BankLoadException(List.of(new Problem("bank.yaml", 1, 1, "", "broken")));
        CompletableFuture<CriteriaBank> failed = new CompletableFuture<>();
        failed.completeExceptionally(failure);
        BankSources sources = new BankSources(List.of(), null, new Warmup(failed, NO_RENDERER));
        assertThatThrownBy(sources::standard).isSameAs(failure);

        CompletableFuture<CriteriaBank> error = new CompletableFuture<>();
        error.completeExceptionally(new StackOverflowError());
        assertThatThrownBy(new BankSources(List.of(), null, new Warmup(error, NO_RENDERER))::standard)
                .isInstanceOf(StackOverflowError.class);
    }
}
