package no.kriteriebank.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import no.kriteriebank.bank.BankInfo;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.templates.StandardBank;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the application's version, and the id, version and release date of the standard
 * bank it carries, which rendered documents cite.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        CriteriaBank bank = StandardBank.load();
        BankInfo info = bank.info();
        return new String[] {
            "kriteriebank " + version(),
            "standard bank " + info.label() + ", released " + info.releaseDate() + " by " + info.publisher() + ", "
                    + bank.size() + " criteria",
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
    }

    /** The version the build wrote into {@code version.properties}, else the jar's Implementation-Version. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "(unknown version)" : v;
    }
}
