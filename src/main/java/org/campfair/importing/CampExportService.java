package org.campfair.importing;

import java.util.Map;
import org.campfair.camp.CampService;
import org.campfair.importing.internal.CampCsvExport;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a camp out as the six CSV files of the sample-data format; importing them again
 * gives a camp with the same data.
 */
@Service
public class CampExportService {

    private final CampService camps;
    private final CampCsvExport export;
    private final CampAccess access;

    CampExportService(CampService camps, CampCsvExport export, CampAccess access) {
        this.access = access;
        this.camps = camps;
        this.export = export;
    }

    /**
     * The files by name ("camp.csv", "sites.csv", ...), read in one snapshot.
     *
     * @throws org.campfair.shared.NotFoundException when there is no such camp
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<String, String> export(long campId) {
        camps.getOrganized(campId);
        return export.export(campId);
    }

    /** The same files in one zip archive, UTF-8 with a byte order mark, ready to download and to upload again. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] exportZip(long campId) {
        return exportZip(campId, ExportEncoding.UTF8_BOM);
    }

    /**
     * The zip with its files in the chosen encoding.
     *
     * @throws org.campfair.shared.RefusedChangeException when Shift_JIS cannot hold a character
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] exportZip(long campId, ExportEncoding encoding) {
        access.requireOrganizer(campId);
        return CampArchive.zip(export(campId), encoding);
    }
}
