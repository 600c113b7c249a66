package org.habeas.training.moodle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A Moodle course-completion report as exported (CSV, comma, semicolon or tab separated, UTF-8 with
 * or without a byte-order mark). The columns are found by their header in English, Russian or
 * Kazakh: first name, surname, ID number (the personnel number), e-mail address, course complete,
 * completion date, grade.
 */
public final class MoodleReport {

  /** A report that cannot be read; the code says why. */
  public static final class Unreadable extends Exception {
    private final String code;

    Unreadable(String code) {
      super(code);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * One participant's row.
   *
   * @param line the row's line in the file (the header is line 1)
   * @param completed whether the report says they completed the course
   * @param completedOn the date of completion, if the report gives one
   * @param score the grade in per cent, if given
   */
  public record Row(
      int line,
      String firstName,
      String surname,
      String idNumber,
      String email,
      boolean completed,
      @Nullable LocalDate completedOn,
      @Nullable BigDecimal score) {

    public String fullName() {
      return (firstName + " " + surname).strip();
    }
  }

  private static final Map<String, List<String>> HEADERS =
      Map.of(
          "first", List.of("first name", "firstname", "имя", "аты"),
          "last", List.of("surname", "last name", "lastname", "фамилия", "тегі"),
          "id", List.of("id number", "idnumber", "идентификационный номер", "сәйкестендіру нөмірі"),
          "email",
              List.of(
                  "email address",
                  "email",
                  "e-mail",
                  "адрес электронной почты",
                  "электрондық пошта мекенжайы"),
          "complete",
              List.of(
                  "course complete",
                  "completed",
                  "completion status",
                  "курс завершен",
                  "курс завершён",
                  "курс аяқталды"),
          "date",
              List.of(
                  "completion date",
                  "time completed",
                  "date completed",
                  "дата завершения",
                  "аяқталған күні"),
          "grade", List.of("grade", "course total", "score", "оценка", "итоговая оценка", "баға"));

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("d.M.uuuu"),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
  private static final Pattern DATE_PART =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{1,2} [A-Za-z]+ \\d{4})");
  private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");

  private MoodleReport() {}

  /** The rows of the report, in file order. */
  public static List<Row> parse(String text) throws Unreadable {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    var firstLine = text.lines().findFirst().orElse("");
    if (firstLine.isBlank()) {
      throw new Unreadable("training.import.empty");
    }
    char delimiter = delimiter(firstLine);
    List<CSVRecord> records;
    try (var parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get()
            .parse(new StringReader(text))) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new Unreadable("training.import.notCsv");
    }
    if (records.isEmpty()) {
      throw new Unreadable("training.import.empty");
    }
    var header = records.getFirst();
    int first = column(header, "first");
    int last = column(header, "last");
    int id = column(header, "id");
    int email = column(header, "email");
    int complete = column(header, "complete");
    if (complete < 0 || (first < 0 && last < 0 && id < 0 && email < 0)) {
      throw new Unreadable("training.import.columnsMissing");
    }
    int date = column(header, "date");
    int grade = column(header, "grade");
    var rows = new ArrayList<Row>();
    for (var r : records.subList(1, records.size())) {
      var status = cell(r, complete);
      var when = date >= 0 ? cell(r, date) : "";
      rows.add(
          new Row(
              (int) r.getRecordNumber(),
              cell(r, first),
              cell(r, last),
              cell(r, id),
              cell(r, email),
              completed(status),
              date(when).or(() -> date(status)).orElse(null),
              grade < 0 ? null : score(cell(r, grade))));
    }
    return rows;
  }

  /** Moodle writes "Completed", a date, or "Yes"; not completed is blank, "-", "No", "Not …". */
  static boolean completed(String status) {
    var s = status.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty() || s.equals("-") || s.equals("0")) {
      return false;
    }
    return !(s.startsWith("not")
        || s.startsWith("no")
        || s.startsWith("не ")
        || s.startsWith("нет")
        || s.contains("аяқталмаған")
        || s.startsWith("in progress"));
  }

  static Optional<LocalDate> date(String s) {
    var m = DATE_PART.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    for (var f : DATES) {
      try {
        return Optional.of(LocalDate.parse(m.group(1), f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  static @Nullable BigDecimal score(String s) {
    var m = NUMBER.matcher(s);
    if (!m.find()) {
      return null;
    }
    var v = new BigDecimal(m.group(1).replace(',', '.'));
    return v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0 ? null : v;
  }

  private static char delimiter(String header) {
    long commas = header.chars().filter(c -> c == ',').count();
    long semis = header.chars().filter(c -> c == ';').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    return tabs > commas && tabs > semis ? '\t' : semis > commas ? ';' : ',';
  }

  private static int column(CSVRecord header, String which) {
    var names = Objects.requireNonNull(HEADERS.get(which), which);
    for (int i = 0; i < header.size(); i++) {
      var h = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (names.contains(h)) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(CSVRecord r, int i) {
    return i < 0 || i >= r.size() ? "" : r.get(i).strip();
  }
}
