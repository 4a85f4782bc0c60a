package org.holdfast.consent;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentHistoryRepository extends JpaRepository<ConsentHistory, Long> {

    List<ConsentHistory> findByClientIdOrderByChangedAtDescIdDesc(long clientId);
}
