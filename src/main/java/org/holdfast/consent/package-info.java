/**
 * What the client lets their clinician see of their journal: a sharing level, a separate switch
 * for the contact-attempt log, and the history of every change. Owned by the client; clinicians
 * only read the current state. The journal enforces it in its own queries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security", "clients" })
package org.holdfast.consent;
