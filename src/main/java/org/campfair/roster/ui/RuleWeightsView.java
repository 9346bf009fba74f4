package org.campfair.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.campfair.camp.CampRoutes;
import org.campfair.camp.CampService;
import org.campfair.roster.RosterRoutes;
import org.campfair.roster.RuleAmounts;
import org.campfair.roster.RuleNames;
import org.campfair.roster.RuleWeight;
import org.campfair.roster.RuleWeightService;
import org.campfair.roster.solver.RosterWeights;
import org.campfair.roster.solver.Rule;
import org.campfair.shared.RefusedChangeException;

/**
 * What the roster should care about most in one camp: the weight of each soft rule, such as an
 * even share of work against a day off after five working days. Hard rules are not here.
 */
@Route(RosterRoutes.PRIORITIES)
@RolesAllowed("ORGANIZER")
class RuleWeightsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Map<RosterWeights, IntegerField> fields = new EnumMap<>(RosterWeights.class);
    final Button save = new Button(getTranslation("roster.weights.save"));
    final Button defaults = new Button(getTranslation("roster.weights.defaults"));
    final Span message = new Span();
    final Span saved = new Span();
    final Anchor roster = new Anchor("", getTranslation("roster.weights.backToRoster"));

    private final RuleWeightService weights;
    private final CampService camps;
    private final Binder<Map<RosterWeights, Integer>> binder = new Binder<>();
    private long campId;

    RuleWeightsView(RuleWeightService weights, CampService camps) {
        this.weights = weights;
        this.camps = camps;
        var form = new FormLayout();
        for (RosterWeights rule : RosterWeights.values()) {
            var field = weightField(rule);
            fields.put(rule, field);
            form.add(field);
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        defaults.addClickListener(click -> {
            fields.forEach((rule, field) -> field.setValue((int) rule.defaultWeight()));
            saved.setText("");
        });
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        saved.getElement().setAttribute("aria-live", "polite");
        var actions = new HorizontalLayout(save, defaults, saved);
        actions.setWrap(true);
        add(title, new Paragraph(getTranslation("roster.weights.intro")), roster, form, actions, message);
    }

    private IntegerField weightField(RosterWeights rule) {
        var field = new IntegerField(RuleNames.of(getLocale(), rule.constraintName()));
        field.setMin(0);
        field.setMax((int) RuleWeightService.MAX_WEIGHT);
        String outOfRange = getTranslation("roster.weights.outOfRange", RuleWeightService.MAX_WEIGHT);
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(outOfRange)
                .setMaxErrorMessage(outOfRange).setBadInputErrorMessage(outOfRange));
        binder.forField(field).asRequired(outOfRange)
                .withValidator(value -> value >= 0 && value <= RuleWeightService.MAX_WEIGHT, outOfRange)
                .bind(values -> values.get(rule), (values, value) -> values.put(rule, value));
        return field;
    }

    /** The default, what one point stands for, and how much of it the working roster has. */
    private String describe(RosterWeights rule, RuleAmounts now) {
        String help = getTranslation("roster.weights.help", rule.defaultWeight(), getTranslation(rule.unitKey()));
        if (now.isEmpty()) {
            return help;
        }
        return getTranslation("roster.weights.helpAndNow", help, getTranslation("roster.weights.now", amount(rule, now)));
    }

    /**
     * How much of the rule the roster has, in the units its {@link Rule.Measure} names: a count
     * of things, hours, kilometres a day per person, or the spread of hours a day.
     */
    String amount(RosterWeights weight, RuleAmounts now) {
        Rule rule = weight.rule();
        long points = now.amounts().getOrDefault(weight, 0L);
        return switch (rule.measure()) {
            case COUNT -> getTranslation(rule.amountKey(), points);
            case MINUTES -> getTranslation(rule.amountKey(), points / 60.0);
            case HUNDRED_METRES -> getTranslation(rule.amountKey(),
                    now.personDays() == 0 ? 0.0 : points / 10.0 / now.personDays(), points / 10.0);
            case SPREAD -> getTranslation(rule.amountKey(), now.meanHoursPerDay(), now.spreadHoursPerDay());
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var camp = CampRoutes.campOf(event, camps, "roster.noSuchCamp");
        if (camp.isEmpty()) {
            return;
        }
        campId = camp.get().id();
        title.setText(getTranslation("roster.weights.title", camp.get().name()));
        roster.setHref(RosterRoutes.roster(campId));
        var now = weights.inWorkingRoster(campId);
        fields.forEach((rule, field) -> field.setHelperText(describe(rule, now)));
        show(weights.weights(campId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.weights.pageTitle");
    }

    private void show(List<RuleWeight> shown) {
        Map<RosterWeights, Integer> values = new EnumMap<>(RosterWeights.class);
        shown.forEach(weight -> values.put(weight.rule(), (int) weight.weight()));
        binder.readBean(values);
        message.setText("");
    }

    private void save() {
        saved.setText("");
        message.setText("");
        Map<RosterWeights, Integer> values = new EnumMap<>(RosterWeights.class);
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        Map<RosterWeights, Long> chosen = new EnumMap<>(RosterWeights.class);
        values.forEach((rule, value) -> chosen.put(rule, value.longValue()));
        try {
            show(weights.save(campId, chosen));
            saved.setText(getTranslation("roster.weights.saved"));
        } catch (RefusedChangeException refusal) {
            message.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }
}
