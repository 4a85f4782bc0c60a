/**
 * Clients and which clinician each is assigned to. Owns the row-level rule every other module
 * relies on: {@link org.holdfast.clients.ClientService#requireReadable(long)}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "encryption", "security", "security :: ui" })
package org.holdfast.clients;
