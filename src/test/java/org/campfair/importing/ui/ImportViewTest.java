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
import org.campfair.importing.CampImportPreview;
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

        assertThat(view.uploadError.getText()).startsWith("camp.csv는 바이트 순서 표시로 UTF-16LE이라고 하지만");
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

    @Test
    @WithUserDetails("organizer")
    void aMisspeltSkillIsShownWithTheClosestKnownSkillInTheGrid() {
        var view = navigate(ImportView.class);
        var files = sampleFiles();
        files.put("participants.csv", files.get("participants.csv").replace("Hana,花田 美咲,hana@example.org,ja,FEMALE,"
                + "2027-11-01,2027-11-14,cooking;food_hygiene,", "Hana,花田 美咲,hana@example.org,ja,FEMALE,"
                + "2027-11-01,2027-11-14,cooking;food_hygeine,"));

        files.forEach((name, text) -> view.receive(name, bytes(text)));

        var grid = test(view.problems);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(List.of(grid.getCellText(0, 0), grid.getCellText(0, 1), grid.getCellText(0, 2)))
                .containsExactly("participants.csv", "4", "skills");
        assertThat(grid.getCellText(0, 3)).endsWith("did you mean 'food_hygiene'?");
        assertThat(view.summary.getText()).isEqualTo("1 problem to fix before this camp can be imported.");
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("organizer")
    void problemCountsUseTheBundlesPluralForms() {
        var view = navigate(ImportView.class);
        var files = sampleFiles();
        files.put("shifts.csv", files.get("shifts.csv") + "Moon landing,2027-11-02,08:30,12:00,1,2,false\n"
                + "Moon walk,2027-11-02,08:30,12:00,1,2,false\n");

        files.forEach((name, text) -> view.receive(name, bytes(text)));
        assertThat(view.summary.getText()).isEqualTo("2 problems to fix before this camp can be imported.");

        UI.getCurrent().setLocale(Locale.JAPANESE);
        view.receive("shifts.csv", bytes(sampleFiles().get("shifts.csv") + "Moon landing,2027-11-02,08:30,12:00,1,2,false\n"));
        assertThat(view.summary.getText()).isEqualTo("取り込む前に直す問題が 1 件あります。");
        UI.getCurrent().setLocale(Locale.KOREAN);
        view.receive("shifts.csv", bytes(sampleFiles().get("shifts.csv") + "Moon landing,2027-11-02,08:30,12:00,1,2,false\n"));
        assertThat(view.summary.getText()).isEqualTo("가져오기 전에 고쳐야 할 문제가 1건 있습니다.");
    }

    @Test
    @WithUserDetails("organizer")
    void theSummaryCountsOneOfEachInTheSingular() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var view = navigate(ImportView.class);
        var one = new CampImportPreview("Tiny camp", java.time.LocalDate.of(2027, 11, 1),
                java.time.LocalDate.of(2027, 11, 2), 1, 1, 1, 1, 1, 1, List.of(), List.of());

        assertThat(view.describe(one)).endsWith(
                "1 participant, 1 house with 1 room and 1 bed, 1 task, 1 shift.");
    }

    @Test
    @WithUserDetails("organizer")
    void aCampOfTheSameNameIsWarnedAboutAndCanStillBeImported() {
        String name = "Warned camp " + System.nanoTime();
        var files = sampleFiles();
        files.put("camp.csv", files.get("camp.csv").replace("Yuzuhara Autumn Yuzu Camp 2027", name));
        var first = navigate(ImportView.class);
        test(first.upload).upload("camp.zip", "application/zip", CampArchive.zip(files));
        assertThat(first.sameNameWarning.isVisible()).isFalse();
        test(first.importButton).click();
        int campsBefore = camps.listMine().size();

        var view = navigate(ImportView.class);
        test(view.upload).upload("camp.zip", "application/zip", CampArchive.zip(files));

        assertThat(view.sameNameWarning.isVisible()).isTrue();
        assertThat(view.sameNameWarning.getText()).startsWith("You already have a camp named " + name + " (")
                .contains("you can still import");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.importButton.isEnabled()).isTrue();
        test(view.importButton).click();
        assertThat(camps.listMine()).hasSize(campsBefore + 1);
    }

    @Test
    @WithUserDetails("organizer")
    void startOverClearsTheUploadListAndDropsAnUploadStillUnderWay() {
        var view = navigate(ImportView.class);
        test(view.upload).upload("camp.csv", "text/csv", bytes(sampleFiles().get("camp.csv")));
        assertThat(view.received.getText()).contains("camp.csv");
        roundTrip();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        int roundOfAnUploadUnderWay = 0;

        test(view.clear).click();
        // Element scripts are queued before the response to the browser, which roundTrip() writes.
        roundTrip();

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(script -> assertThat(script.getInvocation().getExpression()).contains("this.files = []"));
        assertThat(view.received.getText()).isEqualTo("No files yet.");
        assertThat(view.problems.isVisible()).isFalse();

        view.accept(Map.of("sites.csv", sampleFiles().get("sites.csv")), roundOfAnUploadUnderWay);

        assertThat(view.received.getText()).isEqualTo("No files yet.");
        test(view.upload).upload("sites.csv", "text/csv", bytes(sampleFiles().get("sites.csv")));
        assertThat(view.received.getText()).isEqualTo("Received: sites.csv");
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
