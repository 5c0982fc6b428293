package no.kriteriebank.bank;

import java.util.List;
import no.kriteriebank.internal.Mappers;
import no.kriteriebank.model.Criterion;

/** Writes banks and criteria as YAML or JSON in the same form {@link BankLoader} reads. */
public final class BankWriter {
    private BankWriter() {
    }

    /**
     * {@return the bank as one YAML document, readable by {@link BankLoader#read(String, String)}}
     *
     * @param bank the criteria bank
     */
    public static String toYaml(CriteriaBank bank) {
        return Mappers.yaml().writeValueAsString(file(bank));
    }

    /**
     * {@return the bank as one JSON document, readable by {@link BankLoader#read(String, String)} with a {@code .json} name}
     *
     * @param bank the criteria bank
     */
    public static String toJson(CriteriaBank bank) {
        return Mappers.json().writeValueAsString(file(bank));
    }

    /**
     * {@return one criterion as YAML}
     *
     * @param criterion the criterion
     */
    public static String toYaml(Criterion criterion) {
        return Mappers.yaml().writeValueAsString(criterion);
    }

    /**
     * {@return one criterion as JSON}
     *
     * @param criterion the criterion
     */
    public static String toJson(Criterion criterion) {
        return Mappers.json().writeValueAsString(criterion);
    }

    private static BankFile file(CriteriaBank bank) {
        BankInfo i = bank.info();
        return new BankFile(i.id(), i.version(), i.releaseDate(), i.publisher(), i.title(), List.of(),
                bank.criteria(), bank.history());
    }
}
