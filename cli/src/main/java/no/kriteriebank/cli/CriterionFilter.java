package no.kriteriebank.cli;

import no.kriteriebank.bank.CriteriaQuery;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.CriterionKind;
import picocli.CommandLine.Option;

/** The options that narrow a listing of criteria: area, kind, ambition level and CPV code. */
final class CriterionFilter {
    @Option(names = "--area", paramLabel = "AREA", converter = AreaConverter.class,
            description = "Only this area: a name such as transport or building-and-construction, or an id prefix "
                    + "such as TRA.")
    Area area;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "Only this kind: qualification, specification, award or contract-clause.")
    CriterionKind kind;

    @Option(names = "--level", paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "Only this ambition level: basic, advanced or leading (grunnleggende, avansert, spydspiss).")
    AmbitionLevel level;

    @Option(names = "--cpv", paramLabel = "CODE",
            description = "Only criteria that apply to this CPV code, e.g. 60130000.")
    String cpv;

    /** The query narrowed by the options given. */
    CriteriaQuery apply(CriteriaQuery query) {
        if (area != null) {
            query.area(area);
        }
        if (kind != null) {
            query.kind(kind);
        }
        if (level != null) {
            query.level(level);
        }
        if (cpv != null) {
            query.cpv(cpv);
        }
        return query;
    }
}
