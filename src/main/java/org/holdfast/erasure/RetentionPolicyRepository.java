package org.holdfast.erasure;

import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionPolicyRepository extends JpaRepository<RetentionPolicy, Integer> {

    default RetentionPolicy practice() {
        return findById(1).orElseThrow(() -> new IllegalStateException("The retention rule (V26) is missing"));
    }
}
