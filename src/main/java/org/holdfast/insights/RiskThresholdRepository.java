package org.holdfast.insights;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskThresholdRepository extends JpaRepository<RiskThresholdRow, Integer> {
}
