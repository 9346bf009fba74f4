package org.campfair.importing.generator;

import java.util.List;
import org.campfair.task.Intensity;

/** The kinds of work every hamlet's crew does, with the site they happen at. */
enum TaskKind {
    WEEDING("Terrace weeding", "rice terraces", List.of(), Intensity.MODERATE, false,
            "Pull weeds along the rice terrace walls and clear the water channels. Bent over, in the sun.",
            "Hat, gloves, boots you can get wet, water bottle"),
    HARVEST("Vegetable harvest", "vegetable field", List.of(), Intensity.LIGHT, false,
            "Pick eggplant, cucumber and okra with the farmer and carry the crates to the shade.",
            "Hat, gloves, water bottle"),
    PATH_CLEARING("Forest path clearing", "forest path", List.of("brush_cutter"), Intensity.HEAVY, false,
            "Cut back bamboo and brush on the old path to the upper fields. Brush cutters, steep ground.",
            "Protective trousers, safety boots, gloves; helmets and visors are lent"),
    PICKLING("Pickling and preserves", "community hall", List.of("food_hygiene"), Intensity.LIGHT, true,
            "Wash, cut and salt vegetables for pickles in the licensed hall kitchen, then label the jars.",
            "Apron, hair cover, indoor shoes"),
    COOKING("Cooking for the crew", "community hall", List.of("cooking"), Intensity.MODERATE, true,
            "Cook a meal for the crew with local rice and vegetables, then clean the kitchen.",
            "Apron, indoor shoes"),
    HOUSE_CLEANING("Vacant house cleaning", "vacant house", List.of(), Intensity.MODERATE, true,
            "Air out and clean an empty family home so that it can host guests again.",
            "Mask, gloves, old clothes"),
    PRODUCE_RUN("Produce run to the co-op", "vegetable field", List.of("driving"), Intensity.LIGHT, false,
            "Drive the light truck with the day's crates to the farmers' co-op in town and back.",
            "Driving licence"),
    SHRINE_TIDY("Shrine grounds tidy", "shrine", List.of(), Intensity.LIGHT, false,
            "Sweep the shrine steps, rake the gravel and trim the hedges with the hamlet's elders.",
            "Hat, gloves");

    final String label;
    final String site;
    final List<String> skills;
    final Intensity intensity;
    final boolean indoor;
    final String description;
    final String whatToBring;

    TaskKind(String label, String site, List<String> skills, Intensity intensity, boolean indoor,
            String description, String whatToBring) {
        this.label = label;
        this.site = site;
        this.skills = skills;
        this.intensity = intensity;
        this.indoor = indoor;
        this.description = description;
        this.whatToBring = whatToBring;
    }

    /** Work anyone can do; calibration changes the headcount of these shifts only. */
    boolean needsNoSkill() {
        return skills.isEmpty();
    }

    String taskName(String hamlet) {
        return label + " (" + hamlet + ")";
    }

    String siteName(String hamlet) {
        return hamlet + " " + site;
    }
}
