package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** The same input renders the same bytes, in any thread. */
class DeterminismTest {

    @Test
    void eightThreadsRenderingAThousandTimesProduceOneDistinctOutput() throws Exception {
        Tender tender = RenderFixtures.tender(Language.NN);
        Set<String> outputs = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 125; i++) {
                        outputs.add(RenderFixtures.RENDERER.render(tender, Format.HTML).text());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outputs).hasSize(1);
    }

    @Test
    void aNewRendererGivesTheSameBytes() {
        String a = RenderFixtures.RENDERER.render(RenderFixtures.tender(Language.EN), Format.MARKDOWN).text();
        String b = StandardLayouts.renderer(RenderFixtures.BANK).build()
                .render(RenderFixtures.tender(Language.EN), Format.MARKDOWN).text();
        assertThat(b).isEqualTo(a);
    }

    @Test
    void numbersFollowTheLanguageNotTheMachine() {
        String nb = RenderFixtures.RENDERER.render(RenderFixtures.tender(Language.NB), Format.TEXT).text();
        String en = RenderFixtures.RENDERER.render(RenderFixtures.tender(Language.EN), Format.TEXT).text();
        assertThat(nb).contains("Minst 80\u00a0% av").contains("12\u00a0500\u00a0000\u00a0kr")
                .contains("1. august 2027").contains("10\u00a0dager");
        assertThat(en).contains("At least 80% of").contains("NOK 12,500,000").contains("1 August 2027")
                .contains("10\u00a0days");
    }
}
