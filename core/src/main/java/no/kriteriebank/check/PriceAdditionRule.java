package no.kriteriebank.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kriteriebank.model.AwardDetails;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.PriceAddition;
import no.kriteriebank.model.ScoringMethod;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;

/**
 * Criteria that add an amount to the evaluated price ({@link ScoringMethod#PRICE_ADDITION}, such as a carbon price
 * on asphalt): they are a price or cost evaluation, so a climate and environment (or quality) component that weighs
 * one counts price twice and declares a climate weight that does not exist. For each use the rule states the
 * addition's real share of the evaluated price, from the buyer's estimates.
 */
final class PriceAdditionRule implements StandardRule {

    @Override
    public void apply(TenderContext context, Report report) {
        Wording w = report.wording();
        List<AwardComponent> components = context.components();
        for (int i = 0; i < components.size(); i++) {
            AwardComponent component = components.get(i);
            if (component == null || component.category() == null) {
                continue;
            }
            for (int j = 0; j < component.criteria().size(); j++) {
                String reference = component.criteria().get(j);
                if (reference == null) {
                    continue;
                }
                Optional<TenderContext.Selection> selection = context.selection(TenderContext.unpinned(reference));
                if (selection.isEmpty() || selection.get().criterion() == null) {
                    continue; // reported by the award link rule
                }
                Criterion c = selection.get().criterion();
                AwardDetails award = c.award();
                if (award == null || award.scoring() != ScoringMethod.PRICE_ADDITION || award.addition() == null) {
                    continue;
                }
                String share = share(award.addition(), c, selection.get(), w);
                String path = "award.components[" + i + "].criteria[" + j + "]";
                Map<String, String> args = Map.of(
                        "criterion", selection.get().id(),
                        "component", TenderContext.name(component, i),
                        "category", w.category(component.category()),
                        "price", w.category(AwardCategory.PRICE),
                        "cost", w.category(AwardCategory.COST),
                        "share", share);
                boolean priced = component.category() == AwardCategory.PRICE
                        || component.category() == AwardCategory.COST;
                report.add(priced ? FindingCode.AWARD_PRICE_ADDITION_SHARE : FindingCode.AWARD_PRICE_ADDITION_CATEGORY,
                        path, args);
            }
        }
    }

    /** Whether the criterion adds an amount to the evaluated price, and so belongs under price or cost. */
    static boolean isPriceAddition(Criterion c) {
        return c.award() != null && c.award().scoring() == ScoringMethod.PRICE_ADDITION;
    }

    /**
     * The addition's share of the evaluated price, {@code rate × quantity / (price + rate × quantity)}, as a
     * percentage with one decimal, or the formula itself when an estimate is missing or not a positive number.
     */
    private static String share(PriceAddition addition, Criterion c, TenderContext.Selection s, Wording w) {
        Optional<BigDecimal> rate = value(c, s, addition.rate());
        Optional<BigDecimal> quantity = value(c, s, addition.quantity());
        Optional<BigDecimal> price = value(c, s, addition.price());
        if (rate.isEmpty() || quantity.isEmpty() || price.isEmpty()) {
            return w.phrase("word.additionShareUnknown", Map.of("rate", addition.rate(),
                    "quantity", addition.quantity(), "price", addition.price()));
        }
        BigDecimal amount = rate.get().multiply(quantity.get());
        BigDecimal percent = amount.multiply(BigDecimal.valueOf(100))
                .divide(price.get().add(amount), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
        return w.phrase("word.additionShare", Map.of("percent", w.percent(percent),
                "amount", w.number(amount.setScale(2, RoundingMode.HALF_UP)),
                "price", w.number(price.get())));
    }

    /** The buyer's value for a parameter, else its default; empty when neither is a number above zero. */
    private static Optional<BigDecimal> value(Criterion c, TenderContext.Selection s, String name) {
        String raw = s.selected() == null ? null : s.selected().values().get(name);
        if (raw == null) {
            raw = c.parameters().stream().filter(p -> name.equals(p.name())).findFirst()
                    .map(Parameter::defaultValue).orElse(null);
        }
        if (raw == null) {
            return Optional.empty();
        }
        try {
            BigDecimal v = new BigDecimal(raw.trim().replace(',', '.'));
            return v.signum() > 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty(); // the parameter rule reports the bad value
        }
    }
}
