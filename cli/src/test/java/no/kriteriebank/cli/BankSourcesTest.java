package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import no.kriteriebank.bank.BankLoadException;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.problem.Problem;
import no.kriteriebank.templates.StandardBank;
import org.junit.jupiter.api.Test;

/** The standard bank loaded ahead on a thread of its own is the same bank, and its failure is thrown as it was. */
class BankSourcesTest {
    @Test
    void aPrefetchedStandardBankIsTheBankLoadedOnTheSpot() {
        BankSources sources = new BankSources(List.of(), null);
        sources.prefetch();
        sources.prefetch();
        CriteriaBank prefetched = sources.standard();
        assertThat(sources.standard()).isSameAs(prefetched);
        CriteriaBank direct = StandardBank.load();
        assertThat(prefetched.info()).isEqualTo(direct.info());
        assertThat(prefetched.criteria()).isEqualTo(direct.criteria());
    }

    @Test
    void aFailedLoadIsThrownAsItsOwnExceptionNotWrapped() {
        BankLoadException failure = new BankLoadException(List.of(new Problem("bank.yaml", 1, 1, "", "broken")));
        assertThatThrownBy(() -> BankSources.join(CompletableFuture.failedFuture(failure))).isSameAs(failure);
        Error error = new OutOfMemoryError("test");
        assertThatThrownBy(() -> BankSources.join(CompletableFuture.failedFuture(error))).isSameAs(error);
    }
}
