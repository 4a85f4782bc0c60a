package org.holdfast.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A form the client started and has not sent: kept as they answer, as the journal keeps its drafts. */
@Entity
@Table(name = "measure_draft")
class MeasureDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private long assignmentId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 40)
    private String answers;

    @Column(name = "safety_raised", nullable = false)
    private boolean safetyRaised;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected MeasureDraft() {
    }

    MeasureDraft(MeasureAssignment assignment, LocalDate dueDate) {
        this.assignmentId = assignment.getId();
        this.clientId = assignment.getClientId();
        this.dueDate = dueDate;
    }

    void update(List<Integer> answers, Instant at) {
        this.answers = AnswerList.write(answers);
        this.savedAt = at;
    }

    List<Integer> answers(int size) {
        return AnswerList.read(answers, size);
    }

    boolean isSafetyRaised() {
        return safetyRaised;
    }

    void safetyRaised() {
        this.safetyRaised = true;
    }
}
