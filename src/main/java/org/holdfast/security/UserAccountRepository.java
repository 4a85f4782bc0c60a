package org.holdfast.security;

import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Slice<UserAccount> findAllBy(Pageable pageable);

    java.util.List<UserAccount> findByRoleOrderByDisplayName(Role role);
}
