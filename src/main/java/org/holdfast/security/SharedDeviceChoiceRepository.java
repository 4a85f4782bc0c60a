package org.holdfast.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SharedDeviceChoiceRepository extends JpaRepository<SharedDeviceChoice, Long> {
}
