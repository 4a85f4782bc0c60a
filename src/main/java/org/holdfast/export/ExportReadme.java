package org.holdfast.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.holdfast.export.ClientExport.Kind;
import org.holdfast.shared.Dates;

/** README.txt: what each file of the ZIP is, in plain words, for whoever opens it (a person, or another system). */
final class ExportReadme {

    private ExportReadme() {
    }

    static String text(boolean own, String clientName, Instant exportedAt, ZoneId zone, List<String> planPdfs,
            boolean evidencePack) {
        StringBuilder t = new StringBuilder();
        t.append(own ? "Your data from Holdfast" : "The record of " + clientName + " from Holdfast, for a transfer of care")
                .append("\r\n\r\n");
        t.append("Exported ").append(Dates.dateTime(exportedAt, zone)).append(" (").append(zone.getId())
                .append(" time).\r\n");
        if (!own) {
            t.append("Exported by their clinician: it holds what the client shares with their clinician, nothing more."
                    + " Parts the client keeps private are left out or empty.\r\n");
        }
        t.append("\r\nFiles\r\n\r\n");
        for (Kind kind : Kind.values()) {
            t.append(kind.fileName()).append(": ").append(kind.plain).append(".\r\n");
        }
        t.append("\r\nEach JSON file has the same outline: \"format\" (").append(ClientExport.FORMAT)
                .append("), \"kind\", \"exportedAt\", \"client\" (name, pronouns, time zone) and \"records\", a list that"
                        + " is empty when there is nothing of that kind. Times are in UTC (ISO 8601, ending in Z); the"
                        + " client's time zone is in \"client\". Dates are ISO dates (2026-12-06).\r\n");
        t.append(ClientExport.SCHEMA_PATH).append(": the JSON Schema (draft 2020-12) that describes every JSON file,"
                + " for a program that reads them.\r\n");
        t.append("journal.csv: the journal as one table for a spreadsheet (check-ins, entries and contact attempts,"
                + " oldest first, in the client's own time). Words that start with =, +, - or @ have an apostrophe in"
                + " front so a spreadsheet does not run them; the JSON files have them exactly.\r\n");
        if (planPdfs.isEmpty()) {
            t.append("There is no plan PDF: there is no plan yet.\r\n");
        } else {
            t.append(String.join(", ", planPdfs)).append(": the plan, as the printable handout.\r\n");
        }
        if (evidencePack) {
            t.append("contact-attempts-evidence.pdf: the record of contact attempts as an evidence pack (PDF/A), with"
                    + " the records and what checks them attached inside the PDF.\r\n");
        } else {
            t.append("There is no contact-attempts evidence PDF: the client does not share that log.\r\n");
        }
        t.append("\r\nThe SHA-256 fingerprint of this ZIP is kept in the practice's audit log, so a copy can be"
                + " checked against it later. Keep it somewhere private: it holds a personal record.\r\n");
        return t.toString();
    }
}
