/**
 * Homework between sessions: the practice-wide library of templates, assignments to a client
 * (once, daily or weekly), and the client's outcome for each occurrence. The client's words about it
 * (reflections, what got in the way) reach the clinician under the journal's sharing rules (consent). Reads for anyone but the client publish
 * {@link org.holdfast.security.ContentRead} through {@code ClientService.readFor}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "encryption", "security", "clients", "clients :: ui",
        "plans", "consent" })
package org.holdfast.homework;
