package no.kriteriebank.templates;

import no.kriteriebank.bank.BankLoader;
import no.kriteriebank.bank.CriteriaBank;

/**
 * The standard Kriteriebank criteria bank, shipped as YAML resources in this jar with a snapshot of it as checked at
 * build time.
 *
 * <pre>{@code
 * CriteriaBank bank = StandardBank.load();
 * List<Criterion> transport = bank.query().area(Area.TRANSPORT).list();
 * }</pre>
 */
public final class StandardBank {
    /** Where the bank's files lie on the classpath. */
    public static final String RESOURCE_DIRECTORY = "no/kriteriebank/templates/bank";

    private StandardBank() {
    }

    /**
     * Loads the standard bank. It was checked in full when this jar was built: each call reads the snapshot made
     * then ({@link BankLoader#SNAPSHOT_FILE}) after checking that the YAML files beside it are the ones it was made
     * from, and loads and checks the files in full only when they are not. Keep the result, it is immutable and
     * thread-safe.
     *
     * @return the standard bank
     */
    public static CriteriaBank load() {
        return BankLoader.loadResources(StandardBank.class.getClassLoader(), RESOURCE_DIRECTORY);
    }
}
