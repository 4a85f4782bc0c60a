package org.holdfast.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.holdfast.journal.CheckInEntry;
import org.holdfast.journal.ContactLogRecord;
import org.holdfast.journal.JournalItem;

/**
 * The journal as one table for a spreadsheet: one row per check-in, entry and contact attempt, oldest first, in the
 * client's own time. UTF-8 with a byte-order mark, so that a spreadsheet opened by double-click reads accents and
 * other scripts; RFC 4180 (commas, quotes and line breaks inside a cell quoted, CRLF between rows).
 */
final class JournalCsv {

    static final String HEADER = "Kind,Date,Time,Mood,Urge or strength,Details,Words,Shared";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private record Row(LocalDateTime at, boolean dateOnly, String kind, Integer mood, Integer number, String details,
            String words, Boolean shared) {
    }

    private JournalCsv() {
    }

    static byte[] of(List<CheckInEntry> checkIns, List<JournalItem> entries, List<ContactLogRecord> attempts, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        checkIns.forEach(c -> rows.add(new Row(c.date().atStartOfDay(), true, "Check-in", c.mood(), c.urge(),
                c.slipped() ? "Made contact" : "", c.note(), null)));
        entries.forEach(e -> rows.add(new Row(local(e.occurredAt(), zone), false, e.type().label(), null, e.number(),
                e.facts(), e.text(), e.shared())));
        attempts.forEach(a -> rows.add(new Row(local(a.occurredAt(), zone), false, "Contact attempt", null, a.safety(),
                a.channel().label() + " · sender as shown: " + a.sender() + (a.viaThirdParty() ? " · through someone else" : "")
                        + (a.responded() ? " · responded" : " · no response") + " · safety " + a.safety() + " of 10"
                        + (a.isCorrection() ? " · corrects record " + a.correctsSeq() + ": " + a.correctionReason() : ""),
                a.content(), null)));
        rows.sort(Comparator.comparing(Row::at));

        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Row r : rows) {
            csv.append(List.of(r.kind(), r.at().toLocalDate().toString(),
                    r.dateOnly() ? "" : r.at().toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString(),
                    text(r.mood()), text(r.number()), text(r.details()), text(r.words()),
                    r.shared() == null ? "" : r.shared() ? "yes" : "no")
                    .stream().map(JournalCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * One cell. Words that a spreadsheet would run as a formula (the other person's message could begin with "=")
     * get a leading apostrophe, so opening the file runs nothing; the JSON files keep the words exactly.
     */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static LocalDateTime local(java.time.Instant at, ZoneId zone) {
        return LocalDateTime.ofInstant(at, zone);
    }
}
