/**
 * Safety and urge support for clients between sessions: the "I don't feel safe" signal that flags a
 * client on their clinician's caseload (always shared, whatever the client's consent level), and the
 * urge support (SOS) page with its delay timer and logged outcome.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "encryption", "security", "clients", "plans", "journal", "journal :: ui" })
package org.holdfast.safety;
