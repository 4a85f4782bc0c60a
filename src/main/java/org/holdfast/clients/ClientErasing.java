package org.holdfast.clients;

/**
 * Published, synchronously and inside the erasure's transaction, once the client's data key is destroyed and before
 * their client row goes: each module deletes its own rows of the client then (a listener that fails undoes the whole
 * erasure). Modules whose rows point at another module's order their listener before it (homework before plans).
 */
public record ClientErasing(long clientId) {
}
