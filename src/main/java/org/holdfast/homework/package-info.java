/**
 * Homework between sessions: the practice-wide library of templates, assignments to a client
 * (once, daily or weekly), and the client's outcome for each occurrence. Clinicians see the
 * reflections a client chose to share, never the others. Reads for anyone but the client publish
 * {@link org.holdfast.security.ContentRead} through {@code ClientService.readFor}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security", "clients", "clients :: ui",
        "plans" })
package org.holdfast.homework;
