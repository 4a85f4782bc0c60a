package org.holdfast.integrity;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Runs are only added: no update, no delete. */
interface IntegrityCheckRepository extends Repository<IntegrityCheck, Long> {

    IntegrityCheck save(IntegrityCheck check);

    Optional<IntegrityCheck> findFirstByOrderByCheckedAtDescIdDesc();
}
