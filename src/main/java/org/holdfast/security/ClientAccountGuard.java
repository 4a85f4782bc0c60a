package org.holdfast.security;

/**
 * Whether the signed-in clinician or practice manager may manage a client's account. Implemented
 * by the clients module, which knows who is whose client; the security module asks it before it
 * touches a client's activation, so no other caller can reach someone else's client account.
 */
public interface ClientAccountGuard {

    boolean mayManage(long accountId);
}
