package org.holdfast.safety;

import org.springframework.data.jpa.repository.JpaRepository;

interface SosSessionRepository extends JpaRepository<SosSession, Long> {
}
