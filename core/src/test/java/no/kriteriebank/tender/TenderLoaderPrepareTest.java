package no.kriteriebank.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import no.kriteriebank.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * {@link TenderLoader#prepare()} only moves work: preparing, on any thread and while others load, changes neither what
 * a load gives nor the problems it reports.
 */
class TenderLoaderPrepareTest {
    private static final String BROKEN = "title: T\nbuyer: B\nlanguage: nb\nprocedure: PART_III\ncpv: [\"6013000\"]\n"
            + "criteria:\n  - id: TRA-2\nenvironment:\n  option: AWARD_CRITERIA\nunknown: 1\n";

    private static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../examples/tenders"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void loadsGiveTheSameTendersAndProblemsWhilePreparationRunsOnOtherThreads() throws Exception {
        List<Path> files = examples();
        assertThat(files).isNotEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(pool.submit(TenderLoader::prepare));
                for (Path file : files) {
                    running.add(pool.submit(() -> TenderLoader.load(file)));
                }
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        TenderLoader.prepare();
        for (Path file : files) {
            Tender tender = TenderLoader.load(file);
            assertThat(tender).isEqualTo(TenderLoader.read(file.toString(), Files.readString(file)));
            assertThat(TenderLoader.read("again.yaml", TenderLoader.toYaml(tender))).isEqualTo(tender);
        }
        assertThatThrownBy(() -> TenderLoader.read("broken.yaml", BROKEN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("broken.yaml:")
                .hasMessageContaining("unknown");
    }
}
