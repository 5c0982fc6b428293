package no.kriteriebank.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import no.kriteriebank.model.CriterionKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --kind}: {@code qualification}, {@code specification}, {@code award}, {@code contract-clause}, or the
 * Norwegian words buyers use for them, ignoring case.
 */
final class KindConverter implements ITypeConverter<CriterionKind> {
    private static final Map<String, CriterionKind> NORWEGIAN = Map.of(
            "kvalifikasjonskrav", CriterionKind.QUALIFICATION,
            "kravspesifikasjon", CriterionKind.SPECIFICATION,
            "minimumskrav", CriterionKind.SPECIFICATION,
            "tildelingskriterium", CriterionKind.AWARD,
            "tildelingskriterier", CriterionKind.AWARD,
            "tildeling", CriterionKind.AWARD,
            "kontraktsvilkår", CriterionKind.CONTRACT_CLAUSE,
            "kontraktsvilkar", CriterionKind.CONTRACT_CLAUSE,
            "contract", CriterionKind.CONTRACT_CLAUSE);

    @Override
    public CriterionKind convert(String value) {
        String wanted = Names.normalise(value);
        for (CriterionKind kind : CriterionKind.values()) {
            if (Names.of(kind).equals(wanted)) {
                return kind;
            }
        }
        CriterionKind kind = NORWEGIAN.get(wanted);
        if (kind == null) {
            throw new TypeConversionException("'" + value + "' is not a kind of criterion; expected one of "
                    + Arrays.stream(CriterionKind.values()).map(Names::of).collect(Collectors.joining(", ")));
        }
        return kind;
    }
}
