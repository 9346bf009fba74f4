package org.campfair.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.importing.CampArchive;
import org.campfair.importing.CampFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    CampService camps;

    @Test
    @WithUserDetails("organizer")
    void aBadRowShowsItsProblemAndImportStaysDisabledUntilTheFileIsFixed() {
        var view = navigate(ImportView.class);
        var files = sampleFiles();
        String shifts = files.get("shifts.csv") + "Moon landing,2027-11-02,08:30,12:00,1,2,false\n";
        files.put("shifts.csv", shifts);
        int badRow = (int) shifts.lines().count();

        files.forEach((name, text) -> test(view.upload).upload(name, "text/csv", bytes(text)));

        var grid = test(view.problems);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(List.of(grid.getCellText(0, 0), grid.getCellText(0, 1), grid.getCellText(0, 2)))
                .containsExactly("shifts.csv", String.valueOf(badRow), "task");
        assertThat(grid.getCellText(0, 3)).contains("no task 'Moon landing'");
        assertThat(view.importButton.isEnabled()).isFalse();

        test(view.upload).upload("shifts.csv", "text/csv", bytes(sampleFiles().get("shifts.csv")));

        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.importButton.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("organizer")
    void missingFilesAreNamedUntilTheSetIsComplete() {
        var view = navigate(ImportView.class);

        view.receive("camp.csv", bytes(sampleFiles().get("camp.csv")));

        assertThat(view.problems.isVisible()).isTrue();
        assertThat(test(view.problems).getCellText(0, 3)).isEqualTo("file is missing");
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("organizer")
    void aGoodZipPreviewsImportsAndLinksToTheRoster() {
        var view = navigate(ImportView.class);
        int campsBefore = camps.list().size();

        test(view.upload).upload("yuzuhara.zip", "application/zip", CampArchive.zip(sampleFiles()));

        assertThat(view.summary.getText()).contains("40 participants", "6 houses", "19 rooms", "49 beds",
                "8 tasks", "171 shifts");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(camps.list()).hasSize(campsBefore);
        assertThat(view.importButton.isEnabled()).isTrue();

        test(view.importButton).click();

        assertThat(camps.list()).hasSize(campsBefore + 1);
        assertThat(view.rosterLink.isVisible()).isTrue();
        assertThat(view.rosterLink.getHref()).matches("camps/\\d+/roster");
        assertThat(view.importButton.isEnabled()).isFalse();
        test(view.rosterLink).navigate();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("RosterView");
    }

    @Test
    @WithUserDetails("organizer")
    void aCampCanBeChosenForExport() {
        var view = navigate(ImportView.class);
        assertThat(view.export.download.isEnabled()).isFalse();

        view.export.camp.setValue(camps.list().getFirst());

        assertThat(view.export.download.isEnabled()).isTrue();
        assertThat(view.export.download.getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails("organizer")
    void problemsAndTheUploadSpeakTheOrganizersLanguage() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var view = navigate(ImportView.class);
        var files = sampleFiles();
        files.put("shifts.csv", files.get("shifts.csv") + "Moon landing,2027-11-02,08:30,12:00,1,2,false\n");

        files.forEach((name, text) -> view.receive(name, bytes(text)));

        var grid = test(view.problems);
        assertThat(grid.getCellText(0, 2)).isEqualTo("task");
        assertThat(grid.getCellText(0, 3)).isEqualTo("tasks.csvに作業「Moon landing」がありません");
        assertThat(view.upload.getI18n().getAddFiles().getMany()).isEqualTo("ファイルをアップロード…");
        assertThat(view.upload.getI18n().getDropFiles().getMany()).isEqualTo("ここにファイルをドロップ");

        view.receive("camp.txt", bytes("x"));
        assertThat(view.uploadError.getText()).isEqualTo("camp.txtは.csvファイルでも、それをまとめた.zipでもありません");
    }

    @Test
    @WithUserDetails("organizer")
    void aFileInAnotherEncodingIsRefusedInKorean() {
        UI.getCurrent().setLocale(Locale.KOREAN);
        var view = navigate(ImportView.class);

        view.receive("camp.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x00, (byte) 0xD8});

        assertThat(view.uploadError.getText()).startsWith("camp.csv은(는) 바이트 순서 표시로 UTF-16LE이라고 하지만");
        assertThat(view.upload.getI18n().getAddFiles().getMany()).isEqualTo("파일 올리기…");
    }

    @Test
    @WithUserDetails("organizer")
    void anUploadPastTheLimitIsRefusedOnTheServerInTheOrganizersLanguage() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var view = navigate(ImportView.class);
        view.receive("camp.csv", bytes(sampleFiles().get("camp.csv")));
        byte[] tooBig = new byte[CampArchive.MAX_BYTES + 1];
        java.util.Arrays.fill(tooBig, (byte) 'a');

        view.receive("participants.csv", tooBig);

        assertThat(view.uploadError.getText())
                .isEqualTo("participants.csvは20 MBを超えています。キャンプ1つ分よりはるかに大きいので、正しいファイルか確認してください");
        assertThat(view.received.getText()).doesNotContain("participants.csv");

        view.uploadError.setText("");
        test(view.upload).upload("shifts.csv", "text/csv", tooBig);
        assertThat(view.uploadError.getText()).startsWith("shifts.csvは20 MBを超えています");
        assertThat(view.received.getText()).doesNotContain("shifts.csv");
    }

    static Map<String, String> sampleFiles() {
        var source = CampFiles.classpath("sample-data");
        var files = new HashMap<String, String>();
        ImportView.FILE_NAMES.forEach(name -> files.put(name, source.read(name).orElseThrow()));
        return files;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
