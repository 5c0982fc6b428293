package no.kriteriebank.tender;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.kriteriebank.internal.DocumentReader;
import no.kriteriebank.internal.Mappers;
import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.problem.Problem;

/**
 * Reads and writes tender files (YAML, or JSON for a {@code .json} name) with the same precise errors as banks:
 * every problem as {@code file:line:column: path: message}, unknown fields rejected.
 */
public final class TenderLoader {
    private static final DocumentReader<Tender> READER = new DocumentReader<>(Tender.class);

    private TenderLoader() {
    }

    /**
     * Reads a tender file.
     *
     * @param file the tender file
     * @return the tender
     * @throws InvalidInputException when the file cannot be read or is invalid
     */
    public static Tender load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(List.of(new Problem(file.toString(), 0, 0, "", "no such file")));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(file.toString(), 0, 0, "", "cannot be read: "
                    + e.getMessage())));
        }
        String text;
        try {
            text = no.kriteriebank.internal.Text.utf8(bytes);
        } catch (java.nio.charset.CharacterCodingException e) {
            int[] at = no.kriteriebank.internal.Text.firstMalformed(bytes);
            throw new InvalidInputException(List.of(new Problem(file.toString(), at[0], at[1], "",
                    "cannot be read: " + no.kriteriebank.internal.Text.malformedMessage(bytes))));
        }
        return read(file.toString(), text);
    }

    /**
     * Reads a tender from text.
     *
     * @param fileName the name used in problems; {@code .json} selects JSON
     * @param content the file's text
     * @return the tender
     * @throws InvalidInputException when the text cannot be parsed or the tender is invalid, listing every problem
     */
    public static Tender read(String fileName, String content) {
        DocumentReader.Result<Tender> result = READER.read(fileName, content);
        if (!result.problems().isEmpty()) {
            List<Problem> problems = new ArrayList<>(result.problems());
            problems.sort(Problem.ORDER);
            throw new InvalidInputException(problems);
        }
        return result.value();
    }

    /**
     * Builds ahead of the first load what reading tenders takes (the YAML parser, the deserializers and the validation
     * rules of the tender model), for a program that would rather pay that on a second thread while it starts than in
     * its first {@link #load(Path)}; in a cold JVM that is most of the first load's time. Loading works the same
     * without it. Thread-safe.
     */
    public static void prepare() {
        READER.prepare();
    }

    /**
     * {@return the tender as YAML}
     *
     * @param tender the tender
     */
    public static String toYaml(Tender tender) {
        return Mappers.yaml().writeValueAsString(tender);
    }

    /**
     * {@return the tender as JSON}
     *
     * @param tender the tender
     */
    public static String toJson(Tender tender) {
        return Mappers.json().writeValueAsString(tender);
    }
}
