package org.campfair.importing;

import java.util.List;
import java.util.stream.Collectors;

/** An import that was refused as a whole; nothing of it was saved. */
public class CampImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public CampImportException(List<ImportProblem> problems) {
        super("Import refused, nothing was saved. "
                + (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + ":\n"
                + problems.stream().limit(50).map(ImportProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
