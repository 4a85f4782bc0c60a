package org.holdfast.journal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JournalDraftRepository extends JpaRepository<JournalDraft, Long> {

    Optional<JournalDraft> findByClientIdAndFormType(long clientId, FormType formType);

    void deleteByClientIdAndFormType(long clientId, FormType formType);
}
