package org.holdfast.homework;

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
 * Homework given to one client: its own copy of title and instructions (so editing the library
 * never rewrites what a client was asked to do) and a {@link Schedule} of occurrences.
 * The client, plan and clinician belong to other modules and are referred to by id.
 */
@Entity
@Table(name = "homework_assignment")
class HomeworkAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "template_id")
    private Long templateId;

    @Column(name = "plan_id")
    private Long planId;

    @Column(nullable = false, length = TemplateForm.TITLE_MAX)
    private String title;

    @Column(length = TemplateForm.INSTRUCTIONS_MAX)
    private String instructions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Recurrence recurrence;

    @Column(name = "first_due", nullable = false)
    private LocalDate firstDue;

    @Column(name = "last_due", nullable = false)
    private LocalDate lastDue;

    @Column(name = "assigned_by", nullable = false)
    private long assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected HomeworkAssignment() {
    }

    HomeworkAssignment(long clientId, AssignmentForm form, long assignedBy, Instant assignedAt) {
        this.clientId = clientId;
        this.templateId = form.getTemplateId();
        this.planId = form.getPlanId();
        this.title = form.getTitle().strip();
        this.instructions = form.getInstructions() == null || form.getInstructions().isBlank() ? null
                : form.getInstructions().strip();
        this.recurrence = form.getRecurrence();
        this.firstDue = form.getDueDate();
        this.lastDue = recurrence == Recurrence.ONCE ? form.getDueDate() : form.getEndDate();
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    void cancel(Instant when) {
        if (cancelledAt == null) {
            cancelledAt = when;
        }
    }

    Schedule schedule() {
        return new Schedule(recurrence, firstDue, lastDue);
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

    Long getPlanId() {
        return planId;
    }

    String getTitle() {
        return title;
    }

    String getInstructions() {
        return instructions;
    }

    Recurrence getRecurrence() {
        return recurrence;
    }

    LocalDate getFirstDue() {
        return firstDue;
    }

    LocalDate getLastDue() {
        return lastDue;
    }
}
