package org.campfair;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the main code in pieces a reader takes in at once (STYLE.md, habit 5, and issue 15): no
 * method or constructor body over 60 lines, no class file over 400 lines, no view over 250. Each
 * failure names the file and the method, so it says what to split.
 */
class CodeSizeTest {

    static final int MAX_BODY_LINES = 60;
    static final int MAX_FILE_LINES = 400;
    static final int MAX_VIEW_LINES = 250;

    private static final Path MAIN = Path.of("src/main/java");

    /** Long by design: every rule of the camp is one method here, and the class reads as the list of rules. */
    private static final Set<String> LONG_BY_DESIGN = Set.of("org/campfair/roster/solver/RosterConstraintProvider.java");

    private static final Map<String, Source> SOURCES = new TreeMap<>();

    private record Source(CompilationUnit unit, int lines) {
    }

    @BeforeAll
    static void parseMainSources() throws IOException {
        var parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        try (var files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                var parsed = parser.parse(text);
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                assertThat(parsed.isSuccessful()).as("%s parses: %s", name, parsed.getProblems()).isTrue();
                SOURCES.put(name, new Source(parsed.getResult().orElseThrow(), (int) text.lines().count()));
            }
        }
        assertThat(SOURCES).as("main sources found under " + MAIN.toAbsolutePath()).isNotEmpty();
    }

    @Test
    void noMethodOrConstructorBodyIsOverSixtyLines() {
        List<String> tooLong = new ArrayList<>();
        SOURCES.forEach((file, source) -> {
            var unit = source.unit();
            unit.findAll(MethodDeclaration.class).forEach(method -> method.getBody().ifPresent(body ->
                    tooLong(file, method.getNameAsString(), body, tooLong)));
            unit.findAll(ConstructorDeclaration.class).forEach(constructor ->
                    tooLong(file, constructor.getNameAsString() + " (constructor)", constructor.getBody(), tooLong));
            unit.findAll(CompactConstructorDeclaration.class).forEach(constructor ->
                    tooLong(file, constructor.getNameAsString() + " (constructor)", constructor.getBody(), tooLong));
        });
        assertThat(tooLong).as("bodies over %d lines: split them into well-named methods", MAX_BODY_LINES).isEmpty();
    }

    @Test
    void noClassFileIsOverFourHundredLines() {
        var tooLong = SOURCES.entrySet().stream()
                .filter(source -> source.getValue().lines() > MAX_FILE_LINES)
                .filter(source -> !LONG_BY_DESIGN.contains(source.getKey()))
                .map(source -> source.getKey() + ": " + source.getValue().lines() + " lines")
                .toList();
        assertThat(tooLong).as("class files over %d lines: split them by what they do", MAX_FILE_LINES).isEmpty();
    }

    @Test
    void noViewIsOverTwoHundredFiftyLines() {
        var tooLong = SOURCES.entrySet().stream()
                .filter(source -> isView(source.getValue().unit()) && source.getValue().lines() > MAX_VIEW_LINES)
                .map(source -> source.getKey() + ": " + source.getValue().lines() + " lines")
                .toList();
        assertThat(tooLong).as("views over %d lines: split them into components", MAX_VIEW_LINES).isEmpty();
    }

    private static void tooLong(String file, String name, Node body, List<String> tooLong) {
        var range = body.getRange().orElseThrow();
        int lines = range.end.line - range.begin.line + 1;
        if (lines > MAX_BODY_LINES) {
            tooLong.add(file + ": " + name + " at line " + range.begin.line + ", " + lines + " lines");
        }
    }

    /** A page of a feature's {@code ui} package: a class routed to, or named a view. */
    private static boolean isView(CompilationUnit unit) {
        boolean inUi = unit.getPackageDeclaration().map(p -> p.getNameAsString().endsWith(".ui")).orElse(false);
        return inUi && unit.getTypes().stream().anyMatch(CodeSizeTest::isView);
    }

    private static boolean isView(TypeDeclaration<?> type) {
        return type.getNameAsString().endsWith("View") || type.getAnnotationByName("Route").isPresent();
    }
}
