/**
 * No-contact plans: the person, the purpose and period, the channels cut and their exceptions, the
 * closing message, practical steps, reasons, coping strategies, support contacts, high-risk dates and
 * safety; every save kept as a version.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "encryption", "security", "clients",
        "clients :: ui" })
package org.holdfast.plans;
