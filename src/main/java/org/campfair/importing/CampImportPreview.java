package org.campfair.importing;

import java.time.LocalDate;
import java.util.List;
import org.campfair.camp.Camp;
import org.jspecify.annotations.Nullable;

/**
 * What an import would create, read and checked without saving anything. The counts are
 * zero and the camp fields null when the files have problems: nothing is importable then.
 * {@code sameName} lists the organizer's camps that already carry the camp's name: a warning,
 * not a problem, since a camp is often imported again as next year's copy.
 */
public record CampImportPreview(
        @Nullable String campName,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        int participants,
        int houses,
        int rooms,
        int beds,
        int tasks,
        int shifts,
        List<ImportProblem> problems,
        List<Camp> sameName) {

    public CampImportPreview {
        problems = List.copyOf(problems);
        sameName = List.copyOf(sameName);
    }

    public boolean importable() {
        return problems.isEmpty();
    }

    static CampImportPreview refused(List<ImportProblem> problems) {
        return new CampImportPreview(null, null, null, 0, 0, 0, 0, 0, 0, problems, List.of());
    }
}
