package no.kriteriebank.templates;

import no.kriteriebank.bank.BankLoader;
import no.kriteriebank.bank.CriteriaBank;

/**
 * The standard Kriteriebank criteria bank, shipped as YAML resources in this jar.
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
     * Loads the standard bank. Each call reads and checks the files anew (a few tens of milliseconds); keep the
     * result, it is immutable and thread-safe.
     *
     * @return the standard bank
     */
    public static CriteriaBank load() {
        return BankLoader.loadResources(StandardBank.class.getClassLoader(), RESOURCE_DIRECTORY);
    }
}
