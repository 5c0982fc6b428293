package no.kriteriebank.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.problem.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * An earlier report, as written by {@link ReportWriter#json(ClimateReport)}, to show beside a new one: each figure
 * next to last year's. Figures the earlier report lacks (it may come from an older version) are shown empty.
 */
public final class PreviousReport {
    private final String name;
    private final JsonNode tree;

    private PreviousReport(String name, JsonNode tree) {
        this.name = name;
        this.tree = tree;
    }

    /**
     * Reads an earlier report's JSON file.
     *
     * @param file the file
     * @return the report
     * @throws InvalidInputException when the file cannot be read or is not a report, as {@code file:line:column: message}
     */
    public static PreviousReport read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw problem(file.toString(), 0, 0, "no such file");
        } catch (IOException e) {
            throw problem(file.toString(), 0, 0, "cannot be read: " + TenderFiles.reason(e));
        }
        return parse(file.toString(), text);
    }

    /**
     * Reads an earlier report from JSON text.
     *
     * @param name the name used in problems
     * @param json the JSON text
     * @return the report
     * @throws InvalidInputException when the text is not a report written by {@code kriteriebank report --format json}
     */
    public static PreviousReport parse(String name, String json) {
        JsonNode tree;
        try {
            tree = ReportJson.MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw problem(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + message);
        }
        if (tree == null || !tree.isObject() || !tree.path("tenders").isNumber() || !tree.path("bank").isString()) {
            throw problem(name, 0, 0, "not a report written by 'kriteriebank report --format json' "
                    + "(it needs the fields bank and tenders)");
        }
        return new PreviousReport(name, tree);
    }

    private static InvalidInputException problem(String file, int line, int column, String message) {
        return new InvalidInputException(List.of(new Problem(file, line, column, "", message)));
    }

    /** {@return the name it was read from} */
    public String name() {
        return name;
    }

    JsonNode tree() {
        return tree;
    }
}
