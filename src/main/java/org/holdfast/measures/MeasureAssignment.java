package org.holdfast.measures;

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

/** A measure given to one client on a {@link MeasureSchedule}. Client and clinician are other modules' ids. */
@Entity
@Table(name = "measure_assignment")
class MeasureAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Instrument instrument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private MeasureRecurrence recurrence;

    @Column(name = "first_due", nullable = false)
    private LocalDate firstDue;

    @Column(name = "last_due")
    private LocalDate lastDue;

    @Column(name = "assigned_by", nullable = false)
    private long assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected MeasureAssignment() {
    }

    MeasureAssignment(long clientId, MeasureAssignmentForm form, long assignedBy, Instant assignedAt) {
        this.clientId = clientId;
        this.instrument = form.getInstrument();
        this.recurrence = form.getRecurrence();
        this.firstDue = form.getStart();
        this.lastDue = recurrence == MeasureRecurrence.ONCE ? form.getStart() : form.getEnd();
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    void cancel(Instant when) {
        if (cancelledAt == null) {
            cancelledAt = when;
        }
    }

    MeasureSchedule schedule() {
        return new MeasureSchedule(recurrence, firstDue, lastDue);
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    Instrument getInstrument() {
        return instrument;
    }

    MeasureRecurrence getRecurrence() {
        return recurrence;
    }

    LocalDate getFirstDue() {
        return firstDue;
    }

    LocalDate getLastDue() {
        return lastDue;
    }
}
