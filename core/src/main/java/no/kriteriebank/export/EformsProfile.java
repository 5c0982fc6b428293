package no.kriteriebank.export;

/**
 * Where an eForms notice goes, which decides the codes and languages it may carry.
 *
 * <p>Norway's national award-criterion types ({@code quality-nor-env-*}, DFØ) are valid on Doffin only. When DFØ
 * forwards a notice to TED it maps each of them to the EU code {@code quality}, drops criteria coded
 * {@code quality-nor-env-none}, and removes texts in languages TED does not take (bokmål, nynorsk); the
 * {@link #TED} profile writes what results.
 */
public enum EformsProfile {
    /** Doffin, Norway's national notice platform: Norwegian codes as they are, texts in bokmål, nynorsk or English. */
    DOFFIN,
    /** TED, the EU's notice platform: EU codes only, texts in English. */
    TED
}
