package org.holdfast.journal;

import java.util.List;

/** A client's whole contact-attempt log in the order it was written, and whether its chain is intact. */
public record ContactLog(long clientId, List<ContactLogRecord> records, ChainVerification verification) {
}
