package org.holdfast.plans;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the JSON held in {@code no_contact_plan.content} and {@code plan_version.snapshot}.
 *
 * <p>Why JSON and not a table per list: a plan is read and written whole, by one editor, and every
 * save keeps a full copy as a version anyway. Ten child tables would add joins and orphan handling
 * for no query anyone runs. What other features do query (status, dates, risk level, the person)
 * sits in real columns; high-risk dates, queried across a caseload, are mirrored into their own
 * table on every save. The content column leaves those column-backed parts out, so the row never
 * holds two versions of the same fact.
 */
@Component
class PlanJson {

    /** The parts of {@link PlanContent} stored in columns of {@code no_contact_plan}. */
    @JsonIgnoreProperties({ "personLabel", "relationship", "purpose", "startDate", "initialPeriodDays", "reviewDate",
            "riskLevel" })
    private abstract static class ColumnBackedParts {
    }

    // Old snapshots must stay readable after a field is renamed or removed: unknown fields are skipped.
    private final JsonMapper full = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final JsonMapper document = full.rebuild()
            .addMixIn(PlanContent.class, ColumnBackedParts.class)
            .build();

    String document(PlanContent content) {
        return document.writeValueAsString(content);
    }

    /** The stored document, or an empty plan (all channels cut) for rows written before there was one. */
    PlanContent content(String json) {
        return json == null || json.isBlank() ? new PlanContent() : document.readValue(json, PlanContent.class);
    }

    String snapshot(PlanSnapshot snapshot) {
        return full.writeValueAsString(snapshot);
    }

    PlanSnapshot snapshot(String json) {
        return full.readValue(json, PlanSnapshot.class);
    }

    /** A deep copy, so that a caller never holds the same mutable object as another. */
    PlanContent copy(PlanContent content) {
        return full.readValue(full.writeValueAsString(content), PlanContent.class);
    }
}
