package org.campfair.importing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.campfair.importing.internal.CampCsvReader;
import org.campfair.importing.internal.CampDraft;
import org.campfair.importing.internal.CampDraft.ShiftRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CampGeneratorTest {

    private static final Set<String> SKILLS =
            Set.of("food_hygiene", "cooking", "brush_cutter", "pruning", "first_aid", "driving");

    @Test
    void theSameSeedWritesTheSameFilesByteForByte(@TempDir Path first, @TempDir Path second) throws Exception {
        CampGenerator.generate(CampSize.M, 42).writeTo(first);
        CampGenerator.generate(CampSize.M, 42).writeTo(second);

        for (String file : CampGenerator.generate(CampSize.M, 42).files().keySet()) {
            assertThat(Files.readAllBytes(first.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(second.resolve(file)));
        }
        assertThat(first.toFile().list()).containsExactlyInAnyOrder(CampCsvReader.CAMP, CampCsvReader.SITES,
                CampCsvReader.HOUSES, CampCsvReader.TASKS, CampCsvReader.SHIFTS, CampCsvReader.PARTICIPANTS);
    }

    @Test
    void anotherSeedMakesAnotherCamp() {
        assertThat(CampGenerator.generate(CampSize.S, 1).files().get(CampCsvReader.PARTICIPANTS))
                .isNotEqualTo(CampGenerator.generate(CampSize.S, 2).files().get(CampCsvReader.PARTICIPANTS));
    }

    @ParameterizedTest
    @EnumSource(CampSize.class)
    void everySizePassesTheImportChecksWithItsPeopleDaysAndHouses(CampSize size) {
        CampDraft camp = CampCsvReader.read(CampGenerator.generate(size, 7).asCampFiles());

        assertThat(camp.participants()).hasSize(size.participants());
        assertThat(camp.camp().startsOn().plusDays(size.days() - 1L)).isEqualTo(camp.camp().endsOn());
        assertThat(camp.rooms().stream().map(CampDraft.RoomRow::house).distinct()).hasSize(size.houses());
        assertThat(camp.tasks()).allSatisfy(task -> assertThat(SKILLS).containsAll(task.requiredSkills()));
        assertThat(camp.participants()).allSatisfy(p -> assertThat(SKILLS).containsAll(p.skills()));
    }

    @ParameterizedTest
    @EnumSource(CampSize.class)
    void thereAreAboutTenPercentMoreBedsThanPeopleAndEnoughForEveryNeed(CampSize size) {
        CampDraft camp = CampCsvReader.read(CampGenerator.generate(size, 7).asCampFiles());
        int beds = camp.rooms().stream().mapToInt(CampDraft.RoomRow::beds).sum();

        assertThat(beds).isBetween((int) Math.ceil(size.participants() * 1.10), size.participants() * 115 / 100 + 2);
        assertThat(camp.rooms().stream().filter(CampDraft.RoomRow::privateRoom).count())
                .isGreaterThan(camp.participants().stream().filter(p -> p.needsPrivateRoom()).count());
        assertThat(camp.rooms().stream().filter(CampDraft.RoomRow::stepFree).mapToInt(CampDraft.RoomRow::beds).sum())
                .isGreaterThan((int) camp.participants().stream().filter(p -> p.needsStepFree()).count());
    }

    @ParameterizedTest
    @EnumSource(CampSize.class)
    void requiredWorkOnAWorkDayIsAboutHalfOfWhatThePeoplePresentCanDo(CampSize size) {
        CampDraft camp = CampCsvReader.read(CampGenerator.generate(size, 7).asCampFiles());

        for (LocalDate day = camp.camp().startsOn().plusDays(1); day.isBefore(camp.camp().endsOn());
                day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            LocalDate today = day;
            double required = camp.shifts().stream().filter(s -> s.day().equals(today))
                    .mapToDouble(s -> s.min() * hours(s)).sum();
            double capacity = camp.participants().stream()
                    .filter(p -> !today.isBefore(p.arrivesOn()) && !today.isAfter(p.departsOn()))
                    .mapToInt(CampDraft.ParticipantRow::maxHoursPerDay).sum();
            assertThat(required / capacity).as("required / capacity on %s", day).isBetween(0.49, 0.61);
        }
    }

    @Test
    void theMixHasReturningPeopleNeedsLateArrivalsUnavailabilityBuddiesAndAvoids() {
        var people = CampCsvReader.read(CampGenerator.generate(CampSize.M, 7).asCampFiles()).participants();

        assertThat(people.stream().filter(p -> p.returning()).count()).isBetween(30L, 80L);
        assertThat(people).anyMatch(p -> p.needsPrivateRoom()).anyMatch(p -> p.needsStepFree())
                .anyMatch(p -> !p.unavailable().isEmpty()).anyMatch(p -> !p.buddies().isEmpty())
                .anyMatch(p -> !p.avoid().isEmpty()).anyMatch(p -> !p.likedTasks().isEmpty())
                .anyMatch(p -> p.arrivesOn().isAfter(CampGenerator.FIRST_DAY));
        assertThat(people.stream().flatMap(p -> p.skills().stream()).collect(Collectors.toSet()))
                .contains("food_hygiene", "cooking", "brush_cutter", "driving");
    }

    private static double hours(ShiftRow shift) {
        return Duration.between(shift.start(), shift.end()).toMinutes() / 60.0;
    }
}
