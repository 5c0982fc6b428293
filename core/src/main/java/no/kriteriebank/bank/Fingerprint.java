package no.kriteriebank.bank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import no.kriteriebank.internal.Mappers;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.AwardDetails;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;

/**
 * A criterion's content fingerprint: SHA-256 over what a tender prints from it (area, kind, level, title, text,
 * parameters, documentation, award details). Guidance, references, codes and status are left out: they may be
 * improved without a new revision, since a pinned tender's text does not change with them.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    private record Content(Area area, CriterionKind kind, AmbitionLevel level, LocalizedText title, LocalizedText text,
            List<Parameter> parameters, List<DocumentationRequirement> documentation, AwardDetails award) {
    }

    static String of(Criterion c) {
        Content content = new Content(c.area(), c.kind(), c.level(), c.title(), c.text(), c.parameters(),
                c.documentation(), c.award());
        byte[] json = Mappers.json().writeValueAsBytes(content);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
