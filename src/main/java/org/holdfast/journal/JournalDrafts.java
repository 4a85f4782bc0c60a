package org.holdfast.journal;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Drafts as JSON: a form's fields change more often than a table would like. */
@Component
class JournalDrafts {

    private static final Logger log = LoggerFactory.getLogger(JournalDrafts.class);

    // A draft written before a field was renamed must still open: unknown fields are skipped.
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    String write(Object form) {
        String text = json.writeValueAsString(form);
        if (text.length() > JournalDraft.CONTENT_MAX) {
            throw new IllegalArgumentException("This draft is too long to keep; shorten the text a little");
        }
        return text;
    }

    <F> Optional<F> read(String text, Class<F> formClass) {
        try {
            return Optional.of(json.readValue(text, formClass));
        } catch (JacksonException unreadable) {
            log.warn("A {} draft could not be read and is ignored: {}", formClass.getSimpleName(), unreadable.getMessage());
            return Optional.empty();
        }
    }
}
