package org.holdfast.homework;

import java.time.Instant;

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
 * A piece of homework in the practice-wide library. Archived rather than deleted, because
 * assignments made from it keep pointing at it.
 */
@Entity
@Table(name = "homework_template")
class HomeworkTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TemplateForm.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TemplateForm.INSTRUCTIONS_MAX)
    private String instructions;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_recurrence", length = 10)
    private Recurrence suggestedRecurrence;

    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected HomeworkTemplate() {
    }

    HomeworkTemplate(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void apply(TemplateForm form) {
        this.title = form.getTitle().strip();
        this.instructions = form.getInstructions().strip();
        this.suggestedRecurrence = form.getSuggestedRecurrence();
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    Long getId() {
        return id;
    }

    boolean isArchived() {
        return archived;
    }

    TemplateSummary summary() {
        return new TemplateSummary(id, title, instructions, suggestedRecurrence, archived);
    }
}
