package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped example tenders stay valid, lawful and renderable as the bank and rules evolve. */
class ExampleTendersTest {
    private static final Path DIR = Path.of("../examples/tenders");

    @ParameterizedTest
    @ValueSource(strings = {"skoleskyss.yaml", "byggeprosjekt.yaml", "it-equipment.yaml"})
    void validatesChecksCleanAndRendersInEveryFormat(String name) {
        String file = DIR.resolve(name).toString();
        Cli.Result validate = Cli.run("validate", file);
        assertThat(validate.exit()).as(validate.toString()).isZero();
        Cli.Result check = Cli.run("check", file);
        assertThat(check.exit()).as(check.toString()).isZero();
        assertThat(check.out()).contains(" 0 errors, 0 warnings");
        for (String format : new String[] {"text", "markdown", "html"}) {
            Cli.Result render = Cli.run("render", file, "--format", format);
            assertThat(render.exit()).as(render.toString()).isZero();
            assertThat(render.out()).contains("kriteriebank 2026.2").doesNotContain("${");
        }
        Cli.Result report = Cli.run("report", file);
        assertThat(report.out()).contains("\r\nwithClimateCriteria,,1\r\n");
    }
}
