/**
 * The {@code kriteriebank} command line. Its one public type is {@code KriteriebankCli}; picocli reads the commands'
 * annotations and Jackson writes the JSON output by reflection, so the package is open to both.
 */
module no.kriteriebank.cli {
    requires info.picocli;
    requires no.kriteriebank.core;
    requires no.kriteriebank.docx;
    requires no.kriteriebank.templates;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports no.kriteriebank.cli;

    opens no.kriteriebank.cli to info.picocli, tools.jackson.databind;
}
