package org.campfair.roster;

import java.util.Locale;
import org.campfair.shared.i18n.Translations;

/**
 * A rule's name in the reader's language. The solver knows each rule by its English name,
 * which stays the rule's id in the API and in the explanation records.
 */
public final class RuleNames {

    private RuleNames() {
    }

    public static String of(Locale locale, String constraintName) {
        return switch (constraintName) {
            case "Volunteer lacks a required skill" -> Translations.text(locale, "roster.rule.missingSkill");
            case "Volunteer is not available for the shift" -> Translations.text(locale, "roster.rule.unavailable");
            case "Volunteer is on overlapping shifts" -> Translations.text(locale, "roster.rule.overlap");
            case "Two volunteers share a bed" -> Translations.text(locale, "roster.rule.sharedBed");
            case "Room does not meet the volunteer's needs" -> Translations.text(locale, "roster.rule.roomNeeds");
            case "Volunteer works more hours a day than agreed" -> Translations.text(locale, "roster.rule.overMaxHours");
            case "Volunteer rests less than 10 hours between working days" -> Translations.text(locale, "roster.rule.rest");
            case "Shift has no lead" -> Translations.text(locale, "roster.rule.lead");
            case "Volunteers kept apart share a room" -> Translations.text(locale, "roster.rule.keptApart");
            case "Required seat is unfilled" -> Translations.text(locale, "roster.rule.unfilled");
            case "Volunteer has no bed" -> Translations.text(locale, "roster.rule.noBed");
            case "Work is shared fairly" -> Translations.text(locale, "roster.rule.fair");
            case "Newcomer starts gently" -> Translations.text(locale, "roster.rule.gentleStart");
            case "Volunteer does a task they like" -> Translations.text(locale, "roster.rule.liked");
            case "Volunteer does a task they dislike" -> Translations.text(locale, "roster.rule.disliked");
            case "Buddies live in the same house" -> Translations.text(locale, "roster.rule.buddiesHouse");
            case "Buddies work the same shift" -> Translations.text(locale, "roster.rule.buddiesShift");
            case "Volunteer travels from house to site" -> Translations.text(locale, "roster.rule.travel");
            case "House is opened" -> Translations.text(locale, "roster.rule.houseOpened");
            case "Volunteer works more than five days in a row" -> Translations.text(locale, "roster.rule.noDayOff");
            case "Published assignment changed" -> Translations.text(locale, "roster.rule.stability");
            default -> constraintName;
        };
    }
}
