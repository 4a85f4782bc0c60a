package org.holdfast.homework;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The client's outcome for one occurrence of an assignment: done (with an optional reflection the
 * client may keep private) or could not do it (with what got in the way). One row per occurrence;
 * recording again replaces the outcome.
 */
@Entity
@Table(name = "homework_completion")
class HomeworkCompletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "occurrence_date", nullable = false)
    private LocalDate occurrenceDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(columnDefinition = "longtext")
    private SealedText reflection;

    @Column(name = "shared_with_clinician", nullable = false)
    private boolean sharedWithClinician;

    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(columnDefinition = "longtext")
    private SealedText reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected HomeworkCompletion() {
    }

    HomeworkCompletion(HomeworkAssignment assignment, LocalDate occurrenceDate) {
        this.assignmentId = assignment.getId();
        this.clientId = assignment.getClientId();
        this.occurrenceDate = occurrenceDate;
    }

    void done(DoneForm form, Instant now) {
        this.outcome = Outcome.DONE;
        this.reflection = SealedText.of(clientId, blankToNull(form.getReflection()));
        this.sharedWithClinician = form.isShareWithClinician();
        this.reason = null;
        this.recordedAt = now;
    }

    void couldNotDo(CouldNotDoForm form, Instant now) {
        this.outcome = Outcome.COULD_NOT;
        this.reason = SealedText.of(clientId, blankToNull(form.getReason()));
        this.reflection = null;
        this.sharedWithClinician = form.isShareWithClinician();
        this.recordedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long getAssignmentId() {
        return assignmentId;
    }

    LocalDate getOccurrenceDate() {
        return occurrenceDate;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getReflection() {
        return SealedText.text(reflection, clientId);
    }

    boolean isSharedWithClinician() {
        return sharedWithClinician;
    }

    String getReason() {
        return SealedText.text(reason, clientId);
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
