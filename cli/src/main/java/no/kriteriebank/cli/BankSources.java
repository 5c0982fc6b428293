package no.kriteriebank.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.kriteriebank.bank.BankLoader;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.templates.StandardLayouts;

/**
 * Where criteria and layouts come from in one run: the standard bank with the networks' banks ({@code --bank}) on
 * top, and the standard layouts behind a network's own ({@code --templates}). The bank is loaded once, on first use,
 * so commands that need no bank start fast.
 */
final class BankSources {
    private final List<Path> overlays;
    private final Path templates;
    private final Warmup warmup;
    private CriteriaBank standard;
    private CriteriaBank bank;
    private List<CriteriaBank> networks;

    BankSources(List<Path> overlays, Path templates) {
        this(overlays, templates, null);
    }

    /** As {@link #BankSources(List, Path)}, taking the standard bank from a warm-up when there is one. */
    BankSources(List<Path> overlays, Path templates, Warmup warmup) {
        this.overlays = List.copyOf(overlays);
        this.templates = templates;
        this.warmup = warmup;
    }

    /**
     * The standard bank with every overlay on top, in the order given.
     *
     * @throws no.kriteriebank.bank.BankLoadException when a bank is invalid or an overlay redefines a criterion
     */
    CriteriaBank bank() {
        if (bank == null) {
            CriteriaBank merged = standard();
            for (CriteriaBank network : networks()) {
                merged = merged.withOverlay(network);
            }
            bank = merged;
        }
        return bank;
    }

    /**
     * The networks' banks ({@code --bank}) as loaded, in the order given.
     *
     * @throws no.kriteriebank.bank.BankLoadException when a bank is invalid
     */
    List<CriteriaBank> networks() {
        if (networks == null) {
            networks = overlays.stream().map(BankLoader::load).toList();
        }
        return networks;
    }

    /** The network's layout directory ({@code --templates}), or null. */
    Path templates() {
        return templates;
    }

    /** The standard bank alone. */
    CriteriaBank standard() {
        if (standard == null) {
            standard = warmup != null ? warmup.standardBank() : StandardBank.load();
        }
        return standard;
    }

    /**
     * A renderer of {@link #bank()} with the layout overrides, if any.
     *
     * @param guidance whether clauses carry the buyer guidance (clause sets, single criteria) or not (tenders)
     * @param fallback whether a missing translation falls back to bokmål instead of failing
     * @throws CommandException when the layout directory does not exist
     */
    TenderRenderer renderer(boolean guidance, boolean fallback) {
        if (warmup != null && overlays.isEmpty() && templates == null && !fallback) {
            TenderRenderer prepared = warmup.renderer(guidance);
            if (prepared != null) {
                return prepared;
            }
        }
        TenderRenderer.Builder builder = StandardLayouts.renderer(bank())
                .includeGuidance(guidance)
                .languageFallback(fallback);
        if (templates != null) {
            if (!Files.isDirectory(templates)) {
                throw new CommandException(ExitCode.USAGE, "--templates " + templates + ": no such directory");
            }
            builder.overrides(templates);
        }
        return builder.build();
    }
}
