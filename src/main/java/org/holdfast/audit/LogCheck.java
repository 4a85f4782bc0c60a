package org.holdfast.audit;

import java.time.Instant;

/**
 * The result of checking the audit log against its signed heads.
 *
 * @param intact  whether every event, leaf and head matched
 * @param events  how many events are in the log
 * @param heads   how many signed heads were checked
 * @param pending events written since the last run of the log, not yet in it (not a fault)
 * @param records contact-attempt records checked against the log (0 when only the log was checked)
 * @param problem the first thing that did not match, in plain words; null when intact
 * @param checkedAt when the check ran
 */
public record LogCheck(boolean intact, long events, long heads, long pending, long records, String problem,
        Instant checkedAt) {

    public LogCheck withRecords(long records) {
        return new LogCheck(intact, events, heads, pending, records, problem, checkedAt);
    }

    public LogCheck broken(String problem) {
        return new LogCheck(false, events, heads, pending, records, problem, checkedAt);
    }
}
