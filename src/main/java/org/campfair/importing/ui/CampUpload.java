package org.campfair.importing.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.function.ObjIntConsumer;
import org.campfair.importing.CampArchive;
import org.campfair.importing.CampFileRefusedException;

/**
 * Receives the import page's uploads with the import's limits enforced on the server. The
 * upload component's size limit is checked only by the browser, and Vaadin's in-memory
 * handler reads a whole request into memory, so a request posted by hand to the upload URL
 * could fill the server's memory. Here a file is unpacked and decoded while it streams in
 * and never read past {@link CampArchive#MAX_BYTES}; a size announced as larger is refused
 * before a byte is read. The page then gets the files found, or the reason of the refusal,
 * on its own UI thread.
 */
final class CampUpload implements UploadHandler {

    /** The multipart request around one file: headers and boundaries, far below this. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    /** The upload component sends each file in a request of its own. */
    private static final long FILES_PER_REQUEST = 1;

    private final IntSupplier round;
    private final ObjIntConsumer<Map<String, String>> received;
    private final ObjIntConsumer<CampFileRefusedException> refused;

    /**
     * @param round the page's current round, read when an upload begins and handed back with its
     *        result, so the page can drop an upload that began before "Start over"
     */
    CampUpload(IntSupplier round, ObjIntConsumer<Map<String, String>> received,
            ObjIntConsumer<CampFileRefusedException> refused) {
        this.round = round;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        int began = round.getAsInt();
        String name = event.getFileName();
        var files = new TreeMap<String, String>();
        try {
            CampArchive.checkAnnouncedSize(name, event.getFileSize());
            try (InputStream content = event.getInputStream()) {
                CampArchive.add(files, name, content);
            }
        } catch (CampFileRefusedException refusal) {
            // The caller gets 422 with the English reason; the page shows it in the organizer's language.
            event.reject(refusal.getMessage());
            event.getUI().access(() -> refused.accept(refusal, began));
            return;
        }
        event.getUI().access(() -> received.accept(files, began));
    }

    // Limits Vaadin checks for multipart requests; the streaming cap above covers the rest.

    @Override
    public long getRequestSizeMax() {
        return CampArchive.MAX_BYTES + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return CampArchive.MAX_BYTES;
    }

    @Override
    public long getFileCountMax() {
        return FILES_PER_REQUEST;
    }
}
