package org.holdfast.clients;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<Client, Long> {


    Optional<Client> findByAccountId(long accountId);

    long countByIdInAndClinicianId(Collection<Long> ids, long clinicianId);

    List<Client> findByClinicianIdOrderByDisplayName(long clinicianId);

    List<Client> findByClinicianIdAndStatusOrderByDisplayName(long clinicianId, ClientStatus status);

    /** {@code folded} as {@link org.holdfast.shared.SearchText#fold} makes it: accents and case do not matter. */
    Slice<Client> findBySearchNameContaining(String folded, Pageable pageable);

    Slice<Client> findByStatusAndDischargedAtBefore(ClientStatus status, Instant before, Pageable pageable);
}
