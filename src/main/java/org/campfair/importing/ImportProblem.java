package org.campfair.importing;

/** One thing wrong with an import file, pointing at the exact cell. Row 1 is the header. */
public record ImportProblem(String file, int row, String column, String reason) {

    @Override
    public String toString() {
        return file + " row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
    }
}
