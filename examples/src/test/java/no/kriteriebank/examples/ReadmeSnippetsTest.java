package no.kriteriebank.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java blocks compile as a reader pastes them: in README order into one method, with the blocks' own
 * import lines at the top of the file and nothing else added. A snippet that uses a name before it is defined, lacks
 * an import or calls a method with the wrong arguments fails here, not in a reader's project.
 */
class ReadmeSnippetsTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void javaBlocksCompileAsPasted(@TempDir Path out) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Set<String> imports = new LinkedHashSet<>();
        StringBuilder body = new StringBuilder();
        Matcher m = JAVA_BLOCK.matcher(readme);
        int blocks = 0;
        while (m.find()) {
            blocks++;
            for (String line : m.group(1).split("\n")) {
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else {
                    body.append("        ").append(line).append('\n');
                }
            }
        }
        assertThat(blocks).as("Java blocks in README.md").isGreaterThanOrEqualTo(5);
        String source = String.join("\n", imports) + "\n\npublic class ReadmeDemo {\n"
                + "    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n";

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///ReadmeDemo.java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            List<String> options = new ArrayList<>(List.of("-classpath", classPath(), "-d", out.toString(),
                    "-proc:none", "-Xlint:none"));
            boolean ok = compiler.getTask(log, files, diagnostics, options, null, List.of(unit)).call();
            StringBuilder errors = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> errors.append(d.getLineNumber()).append(": ")
                    .append(d.getMessage(null)).append('\n'));
            assertThat(ok).as("README snippets as one program:\n%s\n%s%s", numbered(source), errors, log).isTrue();
        }
    }

    /** The test class path as the test runner has it, with the built modules. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static String numbered(String source) {
        StringBuilder out = new StringBuilder();
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            out.append(i + 1).append(File.separatorChar == '/' ? "  " : " ").append(lines[i]).append('\n');
        }
        return out.toString();
    }
}
