package no.kriteriebank.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.templates.StandardBank;

/**
 * Writes a corpus of generated tender files for the report benchmark: tenders the way buyers write them, with
 * criteria of the standard bank (two to seven from one area and general ones, some with values), buyers from forty
 * Norwegian municipalities and counties, announcement dates over 2025–2026, estimated values, procedure parts,
 * § 7-9 options and award models weighting climate and environment from 15 to 40 % (one in five below the rule's minimum,
 * so the checker runs), in bokmål, nynorsk and English; one file in 200 is broken and one in 200 names a criterion the
 * bank does not have. 500 files to a directory, {@code YEAR/NNN/t0000123.yaml}. The same count and seed give the
 * same files.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar no.kriteriebank.benchmarks.TenderCorpus DIR [COUNT] [SEED]</pre>
 */
public final class TenderCorpus {
    private static final List<String> BUYERS = List.of("Oslo kommune", "Bergen kommune", "Trondheim kommune",
            "Stavanger kommune", "Kristiansand kommune", "Tromsø kommune", "Drammen kommune", "Fredrikstad kommune",
            "Sandnes kommune", "Asker kommune", "Bærum kommune", "Lillestrøm kommune", "Bodø kommune",
            "Ålesund kommune", "Sandefjord kommune", "Larvik kommune", "Tønsberg kommune", "Arendal kommune",
            "Hamar kommune", "Lillehammer kommune", "Gjøvik kommune", "Molde kommune", "Harstad kommune",
            "Alta kommune", "Vinje kommune", "Voss herad", "Sogndal kommune", "Førde kommune", "Ullensvang herad",
            "Kvinnherad kommune", "Viken fylkeskommune", "Vestland fylkeskommune", "Trøndelag fylkeskommune",
            "Rogaland fylkeskommune", "Nordland fylkeskommune", "Agder fylkeskommune", "Innlandet fylkeskommune",
            "Møre og Romsdal fylkeskommune", "Troms fylkeskommune", "Statens vegvesen");
    private static final String[] PARTS = {"PART_I", "PART_II", "PART_III"};

    private final List<Criterion> criteria;

    private TenderCorpus(CriteriaBank bank) {
        this.criteria = bank.criteria();
    }

    /**
     * Writes the corpus.
     *
     * @param args the directory, the number of files (default 100,000) and the seed (default 2026)
     * @throws IOException when a file cannot be written
     */
    public static void main(String... args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        long start = System.nanoTime();
        new TenderCorpus(StandardBank.load()).write(dir, count, seed);
        System.err.printf(Locale.ROOT, "wrote %,d tender files to %s in %.1f s%n", count, dir,
                (System.nanoTime() - start) / 1e9);
    }

    private void write(Path dir, int count, long seed) throws IOException {
        java.util.Set<Path> made = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730));
            Path file = dir.resolve(String.valueOf(date.getYear()))
                    .resolve(String.format(Locale.ROOT, "%03d", i / 500))
                    .resolve(String.format(Locale.ROOT, "t%07d.yaml", i));
            if (made.add(file.getParent())) {
                Files.createDirectories(file.getParent());
            }
            String text = i % 200 == 199 ? "title: [Ødelagt fil\nbuyer: " + BUYERS.get(0) + "\n"
                    : tender(random, i, date, i % 200 == 99);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    private String tender(SplittableRandom random, int i, LocalDate date, boolean unknown) {
        Area area = Area.values()[random.nextInt(Area.values().length)];
        List<Criterion> pool = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c.area() == area || c.area() == Area.GENERAL && random.nextInt(4) == 0) {
                pool.add(c);
            }
        }
        int n = Math.min(pool.size(), 2 + random.nextInt(6));
        List<Criterion> chosen = new ArrayList<>();
        while (chosen.size() < n) {
            Criterion c = pool.remove(random.nextInt(pool.size()));
            chosen.add(c);
        }
        String language = switch (random.nextInt(10)) {
            case 0 -> "en";
            case 1, 2 -> "nn";
            default -> "nb";
        };
        StringBuilder out = new StringBuilder(1024);
        String title = chosen.get(0).title().get(Language.of(language)).orElse(chosen.get(0).id());
        out.append("title: \"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append(' ').append(i)
                .append("\"\n");
        String buyer = BUYERS.get(random.nextInt(BUYERS.size()));
        out.append("buyer: ").append(random.nextInt(50) == 0 ? "\"  " + buyer + " \"" : buyer).append('\n');
        out.append("reference: ").append(date.getYear()).append('/').append(1000 + random.nextInt(9000)).append('\n');
        out.append("language: ").append(language).append('\n');
        if (random.nextInt(30) != 0) {
            out.append("announcementDate: ").append(date).append('\n');
        }
        if (random.nextInt(20) != 0) {
            out.append("procedure: ").append(PARTS[random.nextInt(PARTS.length)]).append('\n');
        }
        String cpv = chosen.stream().flatMap(c -> c.cpv().stream()).findFirst().orElse(null);
        if (cpv != null) {
            out.append("cpv: [\"").append((cpv + "00000000").substring(0, 8)).append("\"]\n");
        }
        if (random.nextInt(20) != 0) {
            out.append("estimatedValue: ").append(100_000L * (1 + random.nextInt(500)))
                    .append(random.nextInt(10) == 0 ? ".50" : "").append('\n');
        }
        out.append("criteria:\n");
        List<String> award = new ArrayList<>();
        for (Criterion c : chosen) {
            out.append("  - id: ").append(c.id()).append('\n');
            List<Parameter> withDefaults = c.parameters().stream().filter(p -> p.defaultValue() != null).toList();
            if (!withDefaults.isEmpty() && random.nextBoolean()) {
                Parameter p = withDefaults.get(random.nextInt(withDefaults.size()));
                out.append("    values: {").append(p.name()).append(": \"").append(p.defaultValue()).append("\"}\n");
            }
            if (c.kind() == CriterionKind.AWARD) {
                award.add(c.id());
            }
        }
        if (unknown) {
            out.append("  - id: ").append(area.prefix()).append("-99\n");
        }
        int environment = random.nextInt(5) == 0 ? 15 + 5 * random.nextInt(3) : 30 + 5 * random.nextInt(3);
        boolean weighted = !award.isEmpty() || random.nextInt(3) == 0;
        if (weighted) {
            out.append("environment:\n  option: AWARD_CRITERIA\n");
        } else if (random.nextBoolean()) {
            out.append("environment:\n  option: SPECIFICATION\n  justification: ")
                    .append("Krava i spesifikasjonen gir betre klima- og miljøeffekt.\n");
        }
        if (weighted) {
            out.append("award:\n  weighting: WEIGHTS\n  components:\n");
            out.append("    - {name: Pris, category: PRICE, weight: ").append(100 - environment).append("}\n");
            out.append("    - {name: Klima og miljø, category: ENVIRONMENT, weight: ").append(environment);
            if (!award.isEmpty()) {
                out.append(", criteria: [").append(String.join(", ", award)).append(']');
            }
            out.append("}\n");
        }
        return out.toString();
    }
}
