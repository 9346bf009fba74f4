package org.campfair.importing.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.campfair.importing.CampFileRefusedException;
import org.campfair.importing.ImportProblem;
import org.campfair.shared.csv.FormulaGuard;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file of an import, read into rows whose typed getters report each bad cell as an
 * {@link ImportProblem} (file, row, column, reason) instead of stopping at the first.
 */
public final class CsvTable {

    private final String file;
    private final Map<String, Integer> columns;
    private final List<Row> rows = new ArrayList<>();
    private final List<ImportProblem> problems;

    private CsvTable(String file, List<String> header, List<ImportProblem> problems) {
        this.file = file;
        this.problems = problems;
        this.columns = IntStream.range(0, header.size()).boxed()
                .collect(Collectors.toMap(i -> header.get(i).trim().toLowerCase(Locale.ROOT), i -> i, (a, b) -> a));
    }

    /** Parses the text and checks that every required column is in the header. */
    public static CsvTable read(String file, String text, List<String> requiredColumns, List<ImportProblem> problems) {
        List<List<String>> records;
        try {
            records = CsvParser.parse(text);
        } catch (CampFileRefusedException e) {
            problems.add(new ImportProblem(file, 0, "", e.key(), e.args()));
            records = List.of();
        }
        if (records.isEmpty()) {
            problems.add(new ImportProblem(file, 1, "", "importing.problem.emptyFile"));
            return new CsvTable(file, List.of(), problems);
        }
        var table = new CsvTable(file, records.getFirst(), problems);
        for (String column : requiredColumns) {
            if (!table.columns.containsKey(column)) {
                problems.add(new ImportProblem(file, 1, column, "importing.problem.missingColumn",
                        String.join(",", requiredColumns)));
            }
        }
        for (int i = 1; i < records.size(); i++) {
            table.rows.add(table.new Row(i + 1, records.get(i)));
        }
        return table;
    }

    public List<Row> rows() {
        return rows;
    }

    public String file() {
        return file;
    }

    /** One data row; every getter records a problem and returns null when the cell is bad. */
    public final class Row {
        private final int number;
        private final List<String> cells;

        Row(int number, List<String> cells) {
            this.number = number;
            this.cells = cells;
        }

        public int number() {
            return number;
        }

        /** Records a problem in this row; {@code key} is an {@code importing.problem.*} bundle key. */
        public void problem(String column, String key, String... args) {
            problems.add(new ImportProblem(file, number, column, key, args));
        }

        /** The trimmed cell without its formula guard, or "" when the cell or column is absent. */
        public String text(String column) {
            Integer index = columns.get(column);
            return index == null || index >= cells.size() ? "" : FormulaGuard.unguard(cells.get(index).trim());
        }

        public @Nullable String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                problem(column, "importing.problem.required");
                return null;
            }
            return value;
        }

        public @Nullable LocalDate date(String column) {
            return parse(column, LocalDate::parse, "importing.problem.date");
        }

        public @Nullable LocalTime time(String column) {
            return parse(column, LocalTime::parse, "importing.problem.time");
        }

        public @Nullable Integer integer(String column, int min, int max) {
            Integer value = parse(column, Integer::valueOf, "importing.problem.wholeNumber");
            if (value != null && (value < min || value > max)) {
                problem(column, "importing.problem.between", String.valueOf(min), String.valueOf(max),
                        String.valueOf(value));
                return null;
            }
            return value;
        }

        public @Nullable Double decimal(String column, double min, double max) {
            Double value = parse(column, Double::valueOf, "importing.problem.number");
            if (value != null && (value < min || value > max)) {
                problem(column, "importing.problem.between", number(min), number(max), String.valueOf(value));
                return null;
            }
            return value;
        }

        /** true/false; an empty cell counts as false. */
        public boolean bool(String column) {
            String value = text(column).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true", "yes", "1" -> true;
                case "", "false", "no", "0" -> false;
                default -> {
                    problem(column, "importing.problem.bool", value);
                    yield false;
                }
            };
        }

        /** An enum constant by name, case-insensitive; empty gives null without a problem. */
        public <E extends Enum<E>> @Nullable E optionalEnum(String column, Class<E> type) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problem(column, "importing.problem.oneOf", Arrays.toString(type.getEnumConstants()), value);
                return null;
            }
        }

        public <E extends Enum<E>> @Nullable E requiredEnum(String column, Class<E> type) {
            if (text(column).isEmpty()) {
                problem(column, "importing.problem.oneOfEmpty", Arrays.toString(type.getEnumConstants()));
                return null;
            }
            return optionalEnum(column, type);
        }

        /** A ';'-separated list; empty items are dropped. */
        public List<String> list(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** A ';'-separated list of periods written start/end, e.g. 2027-11-03T13:00/2027-11-03T17:00. */
        public List<LocalDateTime[]> periods(String column) {
            var periods = new ArrayList<LocalDateTime[]>();
            for (String item : list(column)) {
                String[] ends = item.split("/");
                try {
                    if (ends.length != 2) {
                        throw new DateTimeParseException("", item, 0);
                    }
                    var start = LocalDateTime.parse(ends[0].trim());
                    var end = LocalDateTime.parse(ends[1].trim());
                    if (!end.isAfter(start)) {
                        problem(column, "importing.problem.periodEnds", item);
                    } else {
                        periods.add(new LocalDateTime[] {start, end});
                    }
                } catch (DateTimeParseException e) {
                    problem(column, "importing.problem.period", item);
                }
            }
            return periods;
        }

        private <T> @Nullable T parse(String column, Function<String, T> parser, String key) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                problem(column, key, value);
                return null;
            }
        }

        /** A bound as people write it: 90 rather than 90.0. */
        private static String number(double bound) {
            return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
        }
    }
}
