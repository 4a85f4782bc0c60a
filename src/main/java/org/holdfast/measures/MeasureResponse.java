package org.holdfast.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A completed measure: every item answered, scored once when stored. */
@Entity
@Table(name = "measure_response")
class MeasureResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private long assignmentId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Instrument instrument;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "submission_id", nullable = false, length = 36, updatable = false)
    private String submissionId;

    @Column(nullable = false, length = 40, updatable = false)
    private String answers;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    @Version
    private long version;

    protected MeasureResponse() {
    }

    MeasureResponse(MeasureAssignment assignment, LocalDate dueDate, String submissionId, List<Integer> answers, Instant at) {
        this.assignmentId = assignment.getId();
        this.clientId = assignment.getClientId();
        this.instrument = assignment.getInstrument();
        this.dueDate = dueDate;
        this.submissionId = submissionId;
        this.score = instrument.score(answers);
        this.answers = AnswerList.write(answers);
        this.completedAt = at;
    }

    Long getId() {
        return id;
    }

    long getAssignmentId() {
        return assignmentId;
    }

    long getClientId() {
        return clientId;
    }

    Instrument getInstrument() {
        return instrument;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    int getScore() {
        return score;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    List<Integer> getAnswers() {
        return AnswerList.read(answers, instrument.items().size());
    }
}
