/** The app shell: page chrome, navigation, home routing by role, and the one error handler. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security", "journal", "integrity" })
package org.holdfast.shell;
