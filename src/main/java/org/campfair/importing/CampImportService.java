package org.campfair.importing;

import java.util.List;
import org.campfair.camp.CampService;
import org.campfair.importing.internal.CampCsvReader;
import org.campfair.importing.internal.CampDraft;
import org.campfair.importing.internal.CampImportWriter;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports a whole camp from CSV files in the sample-data format, all or nothing. */
@Service
public class CampImportService {

    private final CampImportWriter writer;
    private final CampAccess access;
    private final CampService camps;

    CampImportService(CampImportWriter writer, CampAccess access, CampService camps) {
        this.writer = writer;
        this.access = access;
        this.camps = camps;
    }

    /**
     * Reads and checks the files exactly as {@link #importCamp} would, and saves nothing. Also
     * names the signed-in organizer's camps of the same name (only theirs: another organizer's
     * camp names are not theirs to learn).
     */
    public CampImportPreview preview(CampFiles files) {
        CampDraft draft;
        try {
            draft = CampCsvReader.read(files);
        } catch (CampImportException e) {
            return CampImportPreview.refused(e.problems());
        }
        var camp = draft.camp();
        int houses = (int) draft.rooms().stream().map(CampDraft.RoomRow::house).distinct().count();
        int beds = draft.rooms().stream().mapToInt(CampDraft.RoomRow::beds).sum();
        return new CampImportPreview(camp.name(), camp.startsOn(), camp.endsOn(), draft.participants().size(),
                houses, draft.rooms().size(), beds, draft.tasks().size(), draft.shifts().size(), List.of(),
                camps.listMine().stream()
                        .filter(existing -> existing.name().strip().equalsIgnoreCase(camp.name().strip())).toList());
    }

    /**
     * Checks every file first and saves only when nothing is wrong.
     *
     * @return the new camp's id
     * @throws CampImportException listing every problem by file, row and column
     */
    @Transactional
    public long importCamp(CampFiles files) {
        access.requireAnyOrganizer();
        long campId = writer.write(CampCsvReader.read(files), access.villageOwnerScope());
        access.grantToSignedInOrganizer(campId);
        return campId;
    }
}
