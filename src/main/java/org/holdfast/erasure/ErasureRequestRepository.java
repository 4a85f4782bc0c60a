package org.holdfast.erasure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureRequestRepository extends JpaRepository<ErasureRequest, Long> {

    Optional<ErasureRequest> findByPendingClient(long clientId);

    List<ErasureRequest> findByPendingClientIn(Collection<Long> clientIds);

    Slice<ErasureRequest> findByStatus(ErasureStatus status, Pageable pageable);

    Slice<ErasureRequest> findByStatusNot(ErasureStatus status, Pageable pageable);

    boolean existsByClientIdAndStatus(long clientId, ErasureStatus status);
}
