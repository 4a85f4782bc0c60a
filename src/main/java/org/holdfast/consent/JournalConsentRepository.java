package org.holdfast.consent;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JournalConsentRepository extends JpaRepository<JournalConsent, Long> {

    List<JournalConsent> findByClientIdIn(Collection<Long> clientIds);
}
