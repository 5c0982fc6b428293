package no.kriteriebank.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's report section defines every figure, under the names CSV and JSON use, and no figure that is not. */
class ReportReadmeTest {
    @Test
    void everyFigureIsDefinedInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("### Report to Miljødirektoratet");
        assertThat(start).isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n#", start + 4));
        List<String> defined = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| (`[^|]+`) \\| ").matcher(section);
        while (row.find()) {
            Matcher name = Pattern.compile("`(\\w+)`").matcher(row.group(1));
            while (name.find()) {
                defined.add(name.group(1));
            }
        }
        List<String> components = new ArrayList<>();
        for (var c : ClimateReport.class.getRecordComponents()) {
            components.add(c.getName());
        }
        assertThat(defined).containsExactlyElementsOf(components);
        for (var c : ClimateReport.Breakdown.class.getRecordComponents()) {
            assertThat(section).contains("`" + c.getName() + "`");
        }
    }
}
